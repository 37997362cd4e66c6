package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.cli.Helm4Cli.Cmd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code oci://} dependencies against the real Helm 4 and Debian's docker-registry ({@code HELM4J_IT_REGISTRY},
 * started by {@code .ci/registry}): versions chosen from the registry's tags by constraint ({@code +} in a version
 * stored as {@code _} in its tag), exact versions, {@code dependency build} from the lock, {@code --verify}
 * against the provenance layer, and the failures (no matching tag, an unknown repository, a refused
 * connection, a missing provenance layer, a wrong key). Each case runs on two copies of the same chart, one
 * by each program: output (the {@code tmpcharts-PID} aside), exit code, Chart.lock (but its time) and
 * {@code charts/} must agree. Skipped, saying so, without the registry or Helm 4.
 */
class OciDependencyDifferentialTest {
    private static final String REGISTRY = System.getenv("HELM4J_IT_REGISTRY");
    private static final Path KEYS = ProvenanceDifferentialTest.KEYS;

    @TempDir
    Path tmp;
    String repo;

    @BeforeEach
    void push() throws Exception {
        assumeTrue(REGISTRY != null && !REGISTRY.isEmpty(),
                "HELM4J_IT_REGISTRY is not set: no registry to test against (.ci/registry start starts one)");
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the OCI dependency differential test is skipped");
        repo = "oci://" + REGISTRY + "/dist-deps-" + UUID.randomUUID().toString().substring(0, 8);
        Path out = Files.createDirectories(tmp.resolve("archives"));
        for (String v : List.of("1.0.0", "1.2.0", "1.3.0+b.1", "2.0.0")) {
            pushChart("sub", v, out, false);
        }
        pushChart("signed", "0.5.0", out, true);
    }

    private void pushChart(String name, String version, Path out, boolean sign) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("src/" + name + "-" + version + "/templates"));
        Files.writeString(dir.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version
                + "\n");
        Files.writeString(dir.resolve("cm.yaml"), "kind: ConfigMap\n");
        List<String> pkg = new ArrayList<>(List.of("package", dir.getParent().toString(), "-d", out.toString()));
        if (sign) {
            pkg.addAll(List.of("--sign", "--key", "ed25519", "--keyring", KEYS.resolve("secring.gpg").toString()));
        }
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), pkg.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        // Helm pushes the archive and, when it lies beside it, the .prov as the provenance layer
        Cmd pushed = helm(List.of("push", out.resolve(name + "-" + version + ".tgz").toString(), repo,
                "--plain-http"));
        assertThat(pushed.code()).as(pushed.toString()).isZero();
    }

    private Path parent(String name, String deps) throws IOException {
        Path p = Files.createDirectories(tmp.resolve(name));
        Files.writeString(p.resolve("Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n"
                + deps);
        return p;
    }

    private String dep(String name, String version) {
        return "- name: " + name + "\n  version: \"" + version + "\"\n  repository: " + repo + "\n";
    }

    private static String aliased(String dep, String alias) {
        return dep.replaceFirst("\n", "\n  alias: " + alias + "\n");
    }

    @Test
    void updateByConstraintAndExactVersionThenBuildAgreeWithHelm() throws Exception {
        String deps = dep("sub", "^1.0.0") + aliased(dep("sub", "1.0.0"), "old") + aliased(dep("sub", "~1.2"), "mid");
        Path helms = parent("by-helm", deps);
        Path mine = parent("by-helm4j", deps);
        compare(helms, mine, List.of("dependency", "update", "--plain-http"));
        assertThat(Files.exists(helms.resolve("Chart.lock"))).as("Helm wrote Chart.lock").isTrue();
        assertThat(Files.readString(mine.resolve("Chart.lock"))).contains("version: 1.3.0+b.1");
        assertThat(listing(mine)).contains("charts/sub-1.3.0+b.1.tgz", "charts/sub-1.0.0.tgz", "charts/sub-1.2.0.tgz");
        for (Path p : List.of(helms, mine)) {
            Files.delete(p.resolve("charts/sub-1.2.0.tgz"));
        }
        compare(helms, mine, List.of("dependency", "build", "--plain-http"));
        assertThat(Files.readAllBytes(mine.resolve("charts/sub-1.2.0.tgz")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("archives/sub-1.2.0.tgz")));
    }

    @Test
    void verifiedDownloadsAgreeWithHelm() throws Exception {
        String pub = KEYS.resolve("pubring.gpg").toAbsolutePath().toString();
        compare(parent("helm-v", dep("signed", "^0.5.0")), parent("mine-v", dep("signed", "^0.5.0")),
                List.of("dependency", "update", "--plain-http", "--verify", "--keyring", pub));
        String wrong = KEYS.resolve("rsa-public.asc").toAbsolutePath().toString();
        compare(parent("helm-w", dep("signed", "^0.5.0")), parent("mine-w", dep("signed", "^0.5.0")),
                List.of("dependency", "update", "--plain-http", "--verify", "--keyring", wrong));
        compare(parent("helm-n", dep("sub", "^1.0.0")), parent("mine-n", dep("sub", "^1.0.0")),
                List.of("dependency", "update", "--plain-http", "--verify", "--keyring", pub));
    }

    @Test
    void failuresAgreeWithHelm() throws Exception {
        for (String[] c : new String[][] {
                {"nomatch", dep("sub", "^3.0.0")},
                {"notag", dep("sub", "9.9.9")},
                {"norepo", dep("sub", "^1").replace(repo, repo + "-none")},
                {"refused", dep("sub", "^1").replace(repo, "oci://127.0.0.1:1/x")}}) {
            Path mine = parent("mine-" + c[0], c[1]);
            compare(parent("helm-" + c[0], c[1]), mine, List.of("dependency", "update", "--plain-http"));
            assertThat(listing(mine)).doesNotContain("charts/sub");
        }
    }

    private void compare(Path helms, Path mine, List<String> command) throws Exception {
        List<String> h = new ArrayList<>(command);
        h.add(helms.toString());
        Cmd byHelm = helm(h);
        List<String> m = new ArrayList<>(command);
        m.add(mine.toString());
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), m.toArray(String[]::new));
        Cmd byMe = new Cmd(m, r.code(), r.out(), r.err());
        String name = mine.getFileName().toString();
        assertThat(normal(byMe.toString())).as(String.join(" ", m))
                .isEqualTo(normal(byHelm.toString().replace(helms.getFileName().toString(), name)));
        assertThat(listing(mine)).as(String.join(" ", m)).isEqualTo(listing(helms));
        if (Files.exists(helms.resolve("Chart.lock"))) {
            assertThat(lockWithoutTime(mine)).isEqualTo(lockWithoutTime(helms));
        }
    }

    private static String normal(String output) {
        return output.replaceAll("tmpcharts-[0-9]+", "tmpcharts-PID");
    }

    private static String lockWithoutTime(Path chart) throws IOException {
        return Files.readString(chart.resolve("Chart.lock")).replaceAll("generated: .*", "generated: T");
    }

    private static String listing(Path chart) throws IOException {
        try (Stream<Path> s = Files.walk(chart)) {
            return String.join("\n", s.map(p -> chart.relativize(p).toString()).sorted(Comparator.naturalOrder())
                    .toList());
        }
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HELM_REPOSITORY_CONFIG", tmp.resolve("config/repositories.yaml").toString());
        env.put("HELM_REPOSITORY_CACHE", tmp.resolve("cache/repository").toString());
        env.put("HELM_REGISTRY_CONFIG", tmp.resolve("config/registry.json").toString());
        env.put("HELM_CONTENT_CACHE", tmp.resolve("content").toString());
        return env;
    }

    private Cmd helm(List<String> args) throws IOException, InterruptedException {
        return Helm4Cli.run(tmp, env(), args);
    }
}
