package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.helm4j.cli.Helm4Cli.Cmd;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pull --prov}, {@code pull --verify} and {@code template}/{@code show --verify} of remote charts against the
 * real Helm 4: a signed and an unsigned chart in a loopback repository (the JDK's file server) and, when
 * {@code HELM4J_IT_REGISTRY} names a registry, the same charts pushed there (the signed one with its provenance
 * layer). Output and exit code must agree, and what {@code pull} saved. Where helm4j differs on purpose: a chart
 * that fails verification is not left in the destination (Helm leaves it there). Skipped, saying so, without
 * Helm 4.
 */
class RemoteProvenanceDifferentialTest {
    private static final Path KEYS = ProvenanceDifferentialTest.KEYS;
    private static final String REGISTRY = System.getenv("HELM4J_IT_REGISTRY");

    @TempDir
    Path tmp;
    HttpServer server;
    String pub;
    String wrong;

    @BeforeEach
    void serve() throws Exception {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the remote provenance differential test is skipped");
        Path served = Files.createDirectories(tmp.resolve("served"));
        chart("signed", "0.5.0", served, true);
        chart("plain", "1.0.0", served, false);
        server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), served,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThat(helm(List.of("repo", "index", served.toString(), "--url", url)).code()).isZero();
        assertThat(helm(List.of("repo", "add", "r", url)).code()).isZero();
        pub = KEYS.resolve("pubring.gpg").toAbsolutePath().toString();
        wrong = KEYS.resolve("rsa-public.asc").toAbsolutePath().toString();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void chart(String name, String version, Path dest, boolean sign) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src/" + name + "/templates"));
        Files.writeString(dir.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version
                + "\n");
        Files.writeString(dir.resolve("cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        List<String> args = new ArrayList<>(List.of("package", dir.getParent().toString(), "-d", dest.toString()));
        if (sign) {
            args.addAll(List.of("--sign", "--key", "ed25519", "--keyring", KEYS.resolve("secring.gpg").toString()));
        }
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void pullFromARepositoryAgreesWithHelm() throws Exception {
        comparePull("ok", List.of("r/signed", "--verify", "--keyring", pub), true);
        comparePull("prov", List.of("r/signed", "--prov"), true);
        comparePull("untar", List.of("r/signed", "--verify", "--keyring", pub, "--untar"), true);
        comparePull("noprov", List.of("r/plain", "--prov"), true);
        comparePull("unsigned", List.of("r/plain", "--verify", "--keyring", pub), false);
        comparePull("wrongkey", List.of("r/signed", "--verify", "--keyring", wrong), false);
    }

    @Test
    void pullFromARegistryAgreesWithHelm() throws Exception {
        String repo = pushed();
        comparePull("oci-ok", List.of(repo + "/signed", "--plain-http", "--verify", "--keyring", pub), true);
        comparePull("oci-prov", List.of(repo + "/signed", "--plain-http", "--prov"), true);
        comparePull("oci-noprov", List.of(repo + "/plain", "--version", "^1", "--plain-http", "--prov"), true);
        comparePull("oci-unsigned", List.of(repo + "/plain", "--plain-http", "--verify", "--keyring", pub), false);
        comparePull("oci-wrongkey", List.of(repo + "/signed", "--plain-http", "--verify", "--keyring", wrong), false);
    }

    @Test
    void templateAndShowVerifyRemoteChartsAsHelmDoes() throws Exception {
        List<List<String>> cases = new ArrayList<>(List.of(
                List.of("template", "x", "r/signed", "--verify", "--keyring", pub),
                List.of("template", "x", "r/plain", "--verify", "--keyring", pub),
                List.of("template", "x", "r/signed", "--verify", "--keyring", wrong),
                List.of("show", "chart", "r/signed", "--verify", "--keyring", pub)));
        if (REGISTRY != null && !REGISTRY.isEmpty()) {
            String repo = pushed();
            cases.add(List.of("template", "x", repo + "/signed", "--plain-http", "--verify", "--keyring", pub));
            cases.add(List.of("template", "x", repo + "/plain", "--plain-http", "--verify", "--keyring", pub));
            cases.add(List.of("show", "chart", repo + "/signed", "--plain-http", "--verify", "--keyring", wrong));
        }
        for (List<String> c : cases) {
            Cmd byHelm = helm(c);
            CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), c.toArray(String[]::new));
            assertThat(new Cmd(c, r.code(), r.out(), r.err()).toString()).isEqualTo(byHelm.toString());
        }
    }

    /** Both charts pushed by Helm into a fresh registry repository (the signed one with its .prov); its URL. */
    private String pushed() throws Exception {
        assumeTrue(REGISTRY != null && !REGISTRY.isEmpty(),
                "HELM4J_IT_REGISTRY is not set: no registry to test against (.ci/registry start starts one)");
        String repo = "oci://" + REGISTRY + "/dist-prov-" + UUID.randomUUID().toString().substring(0, 8);
        for (String archive : List.of("signed-0.5.0.tgz", "plain-1.0.0.tgz")) {
            Cmd c = helm(List.of("push", tmp.resolve("served/" + archive).toString(), repo, "--plain-http"));
            assertThat(c.code()).as(c.toString()).isZero();
        }
        return repo;
    }

    private void comparePull(String name, List<String> args, boolean succeeds) throws Exception {
        Path helmDest = Files.createDirectories(tmp.resolve("helm-" + name));
        Path myDest = Files.createDirectories(tmp.resolve("mine-" + name));
        List<String> h = new ArrayList<>(List.of("pull"));
        h.addAll(args);
        h.addAll(List.of("-d", helmDest.toString()));
        Cmd byHelm = helm(h);
        List<String> m = new ArrayList<>(List.of("pull"));
        m.addAll(args);
        m.addAll(List.of("-d", myDest.toString()));
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), m.toArray(String[]::new));
        Cmd byMe = new Cmd(h, r.code(), r.out(), r.err());
        assertThat(byMe.toString()).as(name).isEqualTo(byHelm.toString());
        assertThat(r.code()).as(name).isEqualTo(succeeds ? 0 : 1);
        if (succeeds) {
            assertThat(listing(myDest)).as(name).isEqualTo(listing(helmDest));
        } else {
            assertThat(listing(myDest)).as(name + ": nothing written").isEmpty();
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
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
