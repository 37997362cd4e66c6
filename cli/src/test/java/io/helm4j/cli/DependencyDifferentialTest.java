package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.helm4j.cli.Helm4Cli.Cmd;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dependency update} and {@code build} against the real Helm 4: the same chart (dependencies from a
 * configured repository by URL and by {@code @alias}, from an unconfigured URL, from {@code file://} and from
 * {@code charts/}) in two copies, one run by each program against the same loopback repository (the JDK's file
 * server). Output, exit code, Chart.lock (but its time) and {@code charts/} must agree. Then what Helm does
 * not: a second run served from the content cache with the repository gone. Skipped, saying so, when Helm 4 is
 * not installed.
 */
class DependencyDifferentialTest {
    @TempDir
    Path tmp;
    HttpServer server;
    String url;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the differential dependency test is skipped");
        Path served = tmp.resolve("served");
        Files.createDirectories(served);
        for (String v : List.of("1.0.0", "1.1.0", "2.0.0")) {
            chart("alpha", v, served);
        }
        chart("beta", "0.3.0", served);
        chart("gamma", "0.0.1", served);
        server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), served,
                SimpleFileServer.OutputLevel.NONE);
        server.createContext("/other", SimpleFileServer.createFileHandler(served)).getFilters()
                .add(com.sun.net.httpserver.Filter.beforeHandler("count", e -> requests.incrementAndGet()));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThat(helm(List.of("repo", "index", served.toString(), "--url", url)).code()).isZero();
        assertThat(helm(List.of("repo", "add", "r", url)).code()).isZero();
        Path local = tmp.resolve("local");
        Files.createDirectories(local);
        Files.writeString(local.resolve("Chart.yaml"), "apiVersion: v2\nname: loc\nversion: 0.1.0\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void chart(String name, String version, Path dest) throws IOException {
        Path dir = tmp.resolve("src/" + name + "-" + version);
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
        Files.writeString(dir.resolve("templates/cm.yaml"), "kind: ConfigMap\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "package", dir.toString(), "-d", dest.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** A parent chart named {@code name} under tmp with these dependencies and a subchart in charts/. */
    private Path parent(String name, String deps) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.resolve("charts/inner"));
        Files.writeString(p.resolve("Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n"
                + deps);
        Files.writeString(p.resolve("charts/inner/Chart.yaml"), "apiVersion: v2\nname: inner\nversion: 1.0.0\n");
        return p;
    }

    /** Dependencies from configured repositories, file:// and charts/ ({@code dependency build} needs no other). */
    private String deps() {
        return "- name: alpha\n  version: ^1.0.0\n  repository: \"@r\"\n"
                + "- name: beta\n  version: \"*\"\n  repository: " + url + "\n  alias: b2\n"
                + "- name: loc\n  version: \">=0.1.0\"\n  repository: file://../local\n"
                + "- name: inner\n  version: ^1\n";
    }

    /** With a dependency from a repository that is not configured: update fetches its index itself. */
    private String depsWithUnmanaged() {
        return deps() + "- name: gamma\n  version: 0.0.1\n  repository: " + url + "/other/\n";
    }

    @Test
    void updateThenBuildAgreeWithHelm() throws Exception {
        Path helms = parent("by-helm", deps());
        Path mine = parent("by-helm4j", deps());
        compare(helms, mine, List.of("dependency", "update"));
        assertThat(lockWithoutTime(mine)).isEqualTo(lockWithoutTime(helms).replace("by-helm", "by-helm4j"));
        // a second update leaves an unchanged lock file alone
        String before = Files.readString(mine.resolve("Chart.lock"));
        compare(helms, mine, List.of("dependency", "update", "--skip-refresh"));
        assertThat(Files.readString(mine.resolve("Chart.lock"))).isEqualTo(before);
        // build from the lock, with an outdated and a foreign archive in charts/
        for (Path p : List.of(helms, mine)) {
            Files.delete(p.resolve("charts/beta-0.3.0.tgz"));
            Files.copy(tmp.resolve("served/alpha-2.0.0.tgz"), p.resolve("charts/alpha-2.0.0.tgz"));
        }
        compare(helms, mine, List.of("dependency", "build"));
        compare(helms, mine, List.of("dependency", "build", "--skip-refresh"));
    }

    @Test
    void unconfiguredRepositoriesAreUpdatedButNotBuilt() throws Exception {
        Path helms = parent("by-helm", depsWithUnmanaged());
        Path mine = parent("by-helm4j", depsWithUnmanaged());
        compare(helms, mine, List.of("dependency", "update"));
        compare(helms, mine, List.of("dependency", "build"));
        assertThat(requests.get()).isPositive();
    }

    @Test
    void packageWithDependencyUpdateAgreesWithHelm() throws Exception {
        Path helms = parent("by-helm", deps());
        Path mine = parent("by-helm4j", deps());
        Files.createDirectories(tmp.resolve("out-helm"));
        Files.createDirectories(tmp.resolve("out-helm4j"));
        Cmd byHelm = helm(List.of("package", "-u", helms.toString(), "-d", tmp.resolve("out-helm").toString()));
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), "package", "-u", mine.toString(), "-d",
                tmp.resolve("out-helm4j").toString());
        assertThat(new Cmd(byHelm.line(), r.code(), r.out(), r.err()).toString().replace("helm4j", "helm"))
                .isEqualTo(byHelm.toString());
        assertThat(listing(mine)).isEqualTo(listing(helms));
        assertThat(lockWithoutTime(mine)).isEqualTo(lockWithoutTime(helms));
    }

    @Test
    void verifiedDownloadsAgreeWithHelm() throws Exception {
        Path keys = ProvenanceDifferentialTest.KEYS;
        Path signed = tmp.resolve("served/signed");
        Files.createDirectories(signed);
        Path src = tmp.resolve("src/alpha-1.1.0");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "package", src.toString(), "-d", signed.toString(),
                "--sign", "--key", "ed25519", "--keyring", keys.resolve("secring.gpg").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Files.copy(tmp.resolve("served/beta-0.3.0.tgz"), signed.resolve("beta-0.3.0.tgz"));
        assertThat(helm(List.of("repo", "index", signed.toString(), "--url", url + "/signed")).code()).isZero();
        assertThat(helm(List.of("repo", "add", "s", url + "/signed")).code()).isZero();
        String pub = keys.resolve("pubring.gpg").toAbsolutePath().toString();
        String alpha = "- name: alpha\n  version: 1.1.0\n  repository: \"@s\"\n";
        compare(parent("helm-v", alpha), parent("mine-v", alpha),
                List.of("dependency", "update", "--verify", "--keyring", pub));
        String both = alpha + "- name: beta\n  version: 0.3.0\n  repository: \"@s\"\n";
        compare(parent("helm-v2", both), parent("mine-v2", both),
                List.of("dependency", "update", "--verify", "--keyring", pub));
        String wrongKeys = keys.resolve("rsa-public.asc").toAbsolutePath().toString();
        compare(parent("helm-v3", alpha), parent("mine-v3", alpha),
                List.of("dependency", "update", "--verify", "--keyring", wrongKeys));
    }

    @Test
    void failuresAgreeWithHelm() throws Exception {
        for (String[] c : new String[][] {
                {"nope", "- name: alpha\n  version: ^1.0.0\n  repository: \"@nope\"\n"},
                {"stable", "- name: alpha\n  version: ^1.0.0\n  repository: stable\n"},
                {"noversion", "- name: alpha\n  version: ^3.0.0\n  repository: \"@r\"\n"},
                {"nochart", "- name: zeta\n  version: ^3.0.0\n  repository: \"@r\"\n"},
                {"badconstraint", "- name: alpha\n  version: \"not a version\"\n  repository: \"@r\"\n"},
                {"nolocal", "- name: loc\n  version: \"*\"\n  repository: file://../none\n"}}) {
            compare(parent("helm-" + c[0], c[1]), parent("mine-" + c[0], c[1]), List.of("dependency", "update"));
        }
        // a lock out of sync with Chart.yaml
        Path helms = parent("helm-sync", deps());
        Path mine = parent("mine-sync", deps());
        compare(helms, mine, List.of("dependency", "update"));
        for (Path p : List.of(helms, mine)) {
            Files.writeString(p.resolve("Chart.yaml"), Files.readString(p.resolve("Chart.yaml"))
                    .replace("^1.0.0", "^2.0.0"));
        }
        compare(helms, mine, List.of("dependency", "build"));
        // a download that fails leaves charts/ as it was
        for (Path p : List.of(helms, mine)) {
            Files.writeString(p.resolve("Chart.yaml"), Files.readString(p.resolve("Chart.yaml"))
                    .replace("^2.0.0", "^1.0.0"));
            Files.delete(p.resolve("charts/beta-0.3.0.tgz"));
        }
        Path beta = tmp.resolve("served/beta-0.3.0.tgz");
        Path away = tmp.resolve("beta-away.tgz");
        Files.move(beta, away);
        // helm4j filled its content cache on the update above (Helm does not): without it, both must fail
        deleteTree(tmp.resolve("content"));
        compare(helms, mine, List.of("dependency", "build", "--skip-refresh"));
        Files.move(away, beta);
    }

    @Test
    void aSecondRunIsServedFromTheContentCacheWithoutTheRepository() throws Exception {
        Path mine = parent("cached", "- name: alpha\n  version: ^1.0.0\n  repository: \"@r\"\n"
                + "- name: beta\n  version: 0.3.0\n  repository: " + url + "\n");
        CliBasicsTest.Result first = CliBasicsTest.runAs("helm", env(), "dependency", "update", mine.toString());
        assertThat(first.code()).as(first.err()).isZero();
        try (Stream<Path> s = Files.walk(tmp.resolve("content"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".chart")).map(p -> tmp.relativize(p).toString()))
                    .hasSize(2).allMatch(p -> p.matches("content/([0-9a-f]{2})/\\1[0-9a-f]{62}\\.chart"));
        }
        server.stop(0);
        server = null;
        Files.delete(mine.resolve("charts/alpha-1.1.0.tgz"));
        CliBasicsTest.Result again = CliBasicsTest.runAs("helm", env(), "dependency", "build", mine.toString(),
                "--skip-refresh");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(mine.resolve("charts/alpha-1.1.0.tgz")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("served/alpha-1.1.0.tgz")));
        // a cache entry whose content no longer has its digest is not used: without the server, the build fails
        try (Stream<Path> s = Files.walk(tmp.resolve("content"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".chart")).toList()) {
                Files.write(p, "tampered".getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.delete(mine.resolve("charts/alpha-1.1.0.tgz"));
        CliBasicsTest.Result tampered = CliBasicsTest.runAs("helm", env(), "dependency", "build", mine.toString(),
                "--skip-refresh");
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.err()).startsWith("Error: could not download " + url + "/");
        assertThat(Files.list(mine.resolve("charts")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("beta-0.3.0.tgz", "inner");
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
        String helmName = helms.getFileName().toString();
        assertThat(normal(byMe.toString())).as(String.join(" ", m))
                .isEqualTo(normal(byHelm.toString().replace(helmName, name)));
        assertThat(listing(mine)).as(String.join(" ", m)).isEqualTo(listing(helms));
        if (Files.exists(helms.resolve("Chart.lock"))) {
            assertThat(lockWithoutTime(mine)).isEqualTo(lockWithoutTime(helms));
        }
    }

    /**
     * Output made comparable: the process ID in Helm's {@code tmpcharts-PID} replaced, and each run of
     * repository update lines ({@code ...Successfully got an update...}) sorted, since Helm prints them as its
     * parallel downloads finish.
     */
    private static String normal(String output) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : output.replaceAll("tmpcharts-[0-9]+", "tmpcharts-PID").split("\n", -1)) {
            if (line.startsWith("...")) {
                run.add(line);
                continue;
            }
            run.sort(Comparator.naturalOrder());
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        out.addAll(run);
        return String.join("\n", out);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String lockWithoutTime(Path chart) throws IOException {
        return Files.readString(chart.resolve("Chart.lock")).replaceAll("generated: .*", "generated: T");
    }

    /** The files of the chart directory (Chart.lock, charts/...), and the archives' names, not their bytes. */
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
        env.put("HELM_CONTENT_CACHE", tmp.resolve("content").toString());
        return env;
    }

    private Cmd helm(List<String> args) throws IOException, InterruptedException {
        return Helm4Cli.run(tmp, env(), args);
    }
}
