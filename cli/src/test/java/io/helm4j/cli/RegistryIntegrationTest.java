package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * push, pull, template and registry login|logout against Debian's docker-registry, started by {@code .ci/registry}
 * ({@code HELM4J_IT_REGISTRY}: plain HTTP; {@code HELM4J_IT_REGISTRY_TLS}: TLS with htpasswd auth), and against
 * the real Helm 4 when it is installed: each pulls what the other pushed, and both push the same manifest digest.
 * Skipped, saying so, without {@code HELM4J_IT_REGISTRY}.
 */
class RegistryIntegrationTest {
    private static final String PLAIN = System.getenv("HELM4J_IT_REGISTRY");
    private static final Pattern DIGEST = Pattern.compile("Digest: (sha256:[0-9a-f]{64})");

    @TempDir
    Path tmp;
    Map<String, String> env;
    Path archive;
    String repo;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(PLAIN != null && !PLAIN.isEmpty(),
                "HELM4J_IT_REGISTRY is not set: no registry to test against (.ci/registry start starts one)");
        env = xdgHome(tmp);
        Path chart = Files.createDirectories(tmp.resolve("src/demo/templates"));
        Files.writeString(chart.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.0.0+build.7\n"
                + "description: a chart for the registry test\nmaintainers:\n- name: Ann\n  email: ann@example.com\n");
        Files.writeString(chart.resolve("cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        assertThat(helm4j("package", chart.getParent().toString(), "-d", tmp.toString()).code()).isZero();
        archive = tmp.resolve("demo-1.0.0+build.7.tgz");
        repo = "oci-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(env, args);
    }

    /** Helm's config, cache and data homes under {@code tmp}, as a command's environment (modifiable). */
    static Map<String, String> xdgHome(Path tmp) {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
        return env;
    }

    /** The manifest digest of a push's or pull's {@code Digest:} line. */
    static String digest(String out) {
        Matcher m = DIGEST.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void pushThenPullByTagVersionAndDigestAndRender() throws IOException {
        CliBasicsTest.Result push = helm4j("push", archive.toString(), "oci://" + PLAIN + "/" + repo, "--plain-http");
        assertThat(push.code()).as(push.err()).isZero();
        String ref = PLAIN + "/" + repo + "/demo:1.0.0_build.7";
        assertThat(push.out()).startsWith("Pushed: " + ref + "\nDigest: sha256:").contains(ref + " contains an underscore.");
        String manifest = digest(push.out());

        Path dest = Files.createDirectories(tmp.resolve("pulled"));
        CliBasicsTest.Result pull = helm4j("pull", "oci://" + PLAIN + "/" + repo + "/demo", "--version", "^1", "--plain-http",
                "-d", dest.toString());
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.out()).startsWith("Pulled: " + ref + "\nDigest: " + manifest + "\n");
        assertThat(Files.readAllBytes(dest.resolve("demo-1.0.0+build.7.tgz"))).isEqualTo(Files.readAllBytes(archive));

        CliBasicsTest.Result byDigest = helm4j("pull", "oci://" + PLAIN + "/" + repo + "/demo:1.0.0+build.7@" + manifest,
                "--plain-http", "-d", dest.toString());
        assertThat(byDigest.code()).as(byDigest.err()).isZero();

        String other = "sha256:" + "0".repeat(64);
        CliBasicsTest.Result mismatch = helm4j("pull", "oci://" + PLAIN + "/" + repo + "/demo:1.0.0+build.7@" + other,
                "--plain-http", "-d", dest.toString());
        assertThat(mismatch.code()).isEqualTo(1);
        assertThat(mismatch.err()).isEqualTo("Error: chart reference digest mismatch: " + manifest + " is not " + other
                + "\n");

        CliBasicsTest.Result template = helm4j("template", "rel", "oci://" + PLAIN + "/" + repo + "/demo", "--plain-http");
        assertThat(template.code()).as(template.err()).isZero();
        assertThat(template.out()).contains("name: rel");
        assertThat(template.err()).startsWith("Pulled: " + ref + "\nDigest: " + manifest + "\n");

        CliBasicsTest.Result missing = helm4j("pull", "oci://" + PLAIN + "/" + repo + "/demo", "--version", "2.0.0",
                "--plain-http", "-d", dest.toString());
        assertThat(missing.err()).isEqualTo("Error: failed to perform \"FetchReference\" on source: " + PLAIN + "/" + repo
                + "/demo:2.0.0: not found\n");
    }

    @Test
    void helmAndHelm4jPullWhatTheOtherPushedAndPushTheSameManifest() throws Exception {
        Path helm = HelpGoldensTest.HELM4;
        assumeTrue(Files.isExecutable(helm), "no reference Helm 4 at " + helm);
        String mine = digest(helm4j("push", archive.toString(), "oci://" + PLAIN + "/" + repo + "/j", "--plain-http").out());
        String theirs = digest(runHelm(helm, "push", archive.toString(), "oci://" + PLAIN + "/" + repo + "/h",
                "--plain-http"));
        assertThat(mine).isEqualTo(theirs);

        Path byHelm = Files.createDirectories(tmp.resolve("by-helm"));
        runHelm(helm, "pull", "oci://" + PLAIN + "/" + repo + "/j/demo", "--plain-http", "-d", byHelm.toString());
        assertThat(Files.readAllBytes(byHelm.resolve("demo-1.0.0+build.7.tgz"))).isEqualTo(Files.readAllBytes(archive));
        Path byMe = Files.createDirectories(tmp.resolve("by-helm4j"));
        assertThat(helm4j("pull", "oci://" + PLAIN + "/" + repo + "/h/demo", "--plain-http", "-d", byMe.toString())
                .code()).isZero();
        assertThat(Files.readAllBytes(byMe.resolve("demo-1.0.0+build.7.tgz"))).isEqualTo(Files.readAllBytes(archive));
    }

    /**
     * {@code docker login}'s credentials work as in Helm: Docker's {@code config.json} ({@code DOCKER_CONFIG}) with
     * an {@code auths} entry, then with {@code credHelpers} naming a {@code docker-credential-*} program (found on the
     * command's {@code PATH}); {@code registry login|logout} store into and erase from Helm's {@code credsStore}
     * helper.
     */
    @Test
    void dockerConfigAndCredentialHelpersServeTheCredentials() throws Exception {
        String tls = System.getenv("HELM4J_IT_REGISTRY_TLS");
        assumeTrue(tls != null && !tls.isEmpty(), "HELM4J_IT_REGISTRY_TLS is not set: no registry with auth");
        String ca = System.getenv("HELM4J_IT_REGISTRY_CA");
        String user = System.getenv("HELM4J_IT_REGISTRY_USER");
        String password = System.getenv("HELM4J_IT_REGISTRY_PASSWORD");
        Path docker = Files.createDirectories(tmp.resolve("docker"));
        env.put("DOCKER_CONFIG", docker.toString());
        String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(docker.resolve("config.json"), "{\"auths\":{\"" + tls + "\":{\"auth\":\"" + auth + "\"}}}");
        CliBasicsTest.Result viaAuths = helm4j("push", archive.toString(), "oci://" + tls + "/" + repo + "/a",
                "--ca-file", ca);
        assertThat(viaAuths.code()).as(viaAuths.err()).isZero();

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path store = tmp.resolve("helper-store.json");
        Path helper = bin.resolve("docker-credential-h4jtest");
        Files.writeString(helper, "#!/bin/sh\n"
                + "case \"$1\" in\n"
                + "get) read host; printf '{\"ServerURL\":\"%s\",\"Username\":\"" + user + "\",\"Secret\":\""
                + password + "\"}' \"$host\" ;;\n"
                + "store) cat > " + store + " ;;\n"
                + "erase) read host; echo \"erased $host\" > " + store + " ;;\n"
                + "esac\n");
        helper.toFile().setExecutable(true);
        env.put("PATH", bin + ":/usr/bin:/bin");
        Files.writeString(docker.resolve("config.json"), "{\"credHelpers\":{\"" + tls + "\":\"h4jtest\"}}");
        CliBasicsTest.Result viaHelper = helm4j("push", archive.toString(), "oci://" + tls + "/" + repo + "/b",
                "--ca-file", ca);
        assertThat(viaHelper.code()).as(viaHelper.err()).isZero();

        Path helmRegistry = tmp.resolve("config/helm/registry/config.json");
        Files.createDirectories(helmRegistry.getParent());
        Files.writeString(helmRegistry, "{\"credsStore\":\"h4jtest\"}");
        assertThat(helm4j("registry", "login", tls, "-u", user, "-p", password, "--ca-file", ca).out())
                .isEqualTo("Login Succeeded\n");
        assertThat(Files.readString(store)).contains("\"ServerURL\":\"" + tls + "\"", "\"Username\":\"" + user + "\"");
        assertThat(Files.readString(helmRegistry)).doesNotContain(password);
        assertThat(helm4j("registry", "logout", tls).code()).isZero();
        assertThat(Files.readString(store)).isEqualTo("erased " + tls + "\n");
    }

    @Test
    void loginOverTlsWithHtpasswdThenPushPullAndLogout() {
        String tls = System.getenv("HELM4J_IT_REGISTRY_TLS");
        assumeTrue(tls != null && !tls.isEmpty(), "HELM4J_IT_REGISTRY_TLS is not set: no registry with auth");
        String ca = System.getenv("HELM4J_IT_REGISTRY_CA");
        String user = System.getenv("HELM4J_IT_REGISTRY_USER");
        String password = System.getenv("HELM4J_IT_REGISTRY_PASSWORD");

        CliBasicsTest.Result denied = helm4j("push", archive.toString(), "oci://" + tls + "/" + repo, "--ca-file", ca);
        assertThat(denied.code()).isEqualTo(1);
        assertThat(denied.err()).startsWith("Error: HEAD \"https://" + tls + "/v2/" + repo + "/demo/blobs/sha256:")
                .endsWith("\": basic credential not found\n");
        CliBasicsTest.Result wrong = helm4j("registry", "login", tls, "-u", user, "-p", "wrong", "--ca-file", ca);
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).endsWith("Error: authenticating to \"" + tls + "\": GET \"https://" + tls
                + "/v2/\": response status code 401: unauthorized: authentication required\n");
        CliBasicsTest.Result untrusted = helm4j("registry", "login", tls, "-u", user, "-p", password);
        assertThat(untrusted.err()).contains("x509: certificate signed by unknown authority");

        assertThat(helm4j("registry", "login", tls, "-u", user, "-p", password, "--ca-file", ca).out())
                .isEqualTo("Login Succeeded\n");
        CliBasicsTest.Result push = helm4j("push", archive.toString(), "oci://" + tls + "/" + repo, "--ca-file", ca);
        assertThat(push.code()).as(push.err()).isZero();
        CliBasicsTest.Result pull = helm4j("pull", "oci://" + tls + "/" + repo + "/demo", "--ca-file", ca,
                "-d", tmp.toString());
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(helm4j("registry", "logout", tls).out()).isEqualTo("Removing login credentials for " + tls + "\n");
        assertThat(helm4j("pull", "oci://" + tls + "/" + repo + "/demo", "--ca-file", ca, "-d", tmp.toString()).code())
                .isEqualTo(1);
    }

    private String runHelm(Path helm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(helm.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("HOME", tmp.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
