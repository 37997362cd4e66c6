package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond Helm, cosign signatures of charts in an OCI registry (Debian's docker-registry, {@code .ci/registry}):
 * {@code push --sign --key}, {@code verify oci://... --key}, {@code pull --verify --key}, the faults (no signature,
 * another key, a tag moved to another chart), and, when the cosign CLI is found ({@code COSIGN}, else {@code cosign}
 * on the PATH or in {@code ~/go/bin}), both ways against cosign itself: cosign verifies what helm4j signed, with a
 * key cosign generated (its encrypted key format), and cosign signs with a key {@code helm4j generate-key-pair} made
 * (every other key here is made by that command too) and helm4j verifies what cosign signed. Skipped, saying so,
 * without {@code HELM4J_IT_REGISTRY} (or without cosign for the differential part).
 */
class CosignIntegrationTest {
    private static final String PLAIN = System.getenv("HELM4J_IT_REGISTRY");

    @TempDir
    Path tmp;
    Map<String, String> env;
    String repo;

    @BeforeEach
    void setUp() {
        assumeTrue(PLAIN != null && !PLAIN.isEmpty(),
                "HELM4J_IT_REGISTRY is not set: no registry to test against (.ci/registry start starts one)");
        env = RegistryIntegrationTest.xdgHome(tmp);
        env.put("COSIGN_PASSWORD", "it-pass");
        repo = "cosign-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(env, args);
    }

    private Path chart(String version, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + version + "/demo/templates"));
        Files.writeString(dir.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: " + version + "\n");
        Files.writeString(dir.resolve("cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: " + text + "\n");
        Path out = Files.createDirectories(tmp.resolve("pkg-" + version + "-" + text));
        assertThat(helm4j("package", dir.getParent().toString(), "-d", out.toString()).code()).isZero();
        return out.resolve("demo-" + version + ".tgz");
    }

    /** A key pair made by {@code helm4j generate-key-pair} (password {@code it-pass}). */
    private Path[] keys(String name) throws IOException {
        Map<String, String> withPassword = new java.util.HashMap<>(env);
        withPassword.put("COSIGN_PASSWORD", "it-pass");
        CliBasicsTest.Result gen = CliBasicsTest.run(withPassword, "generate-key-pair", "--output-key-prefix",
                tmp.resolve(name).toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        return new Path[] {tmp.resolve(name + ".key"), tmp.resolve(name + ".pub")};
    }

    private static String digest(String out) {
        return RegistryIntegrationTest.digest(out);
    }

    @Test
    void pushSignedThenVerifyAndPullVerified() throws IOException {
        Path[] k = keys("cosign");
        Path archive = chart("1.0.0", "one");
        CliBasicsTest.Result push = helm4j("push", archive.toString(), "oci://" + PLAIN + "/" + repo, "--plain-http",
                "--sign", "--key", k[0].toString());
        assertThat(push.code()).as(push.err()).isZero();
        String digest = digest(push.out());
        String name = PLAIN + "/" + repo + "/demo";
        assertThat(push.out()).endsWith("Signed: " + name + ":1.0.0\nSignature: " + name + ":"
                + digest.replace(':', '-') + ".sig\n");

        CliBasicsTest.Result verify = helm4j("verify", "oci://" + name + ":1.0.0", "--key", k[1].toString(),
                "--plain-http");
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.err()).contains("Verification for " + name + ":1.0.0 --\n",
                "  - The signatures were verified against the specified public key\n");
        List<Object> payloads = GoYaml.fromJsonArray(verify.out());
        assertThat(payloads).hasSize(1);
        Map<?, ?> critical = (Map<?, ?>) ((Map<?, ?>) payloads.get(0)).get("critical");
        assertThat(((Map<?, ?>) critical.get("image")).get("docker-manifest-digest")).isEqualTo(digest);
        assertThat(((Map<?, ?>) critical.get("identity")).get("docker-reference")).isEqualTo(name);

        Path dest = Files.createDirectories(tmp.resolve("pulled"));
        CliBasicsTest.Result pull = helm4j("pull", "oci://" + name, "--version", "1.0.0", "--plain-http", "--verify",
                "--key", k[1].toString(), "-d", dest.toString());
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.err()).contains("Verification for " + name + ":1.0.0@" + digest + " --\n");
        assertThat(Files.readAllBytes(dest.resolve("demo-1.0.0.tgz"))).isEqualTo(Files.readAllBytes(archive));

        // every command that locates a chart: template (as install and upgrade locate it) and show
        CliBasicsTest.Result template = helm4j("template", "rel", "oci://" + name, "--version", "1.0.0", "--plain-http",
                "--verify", "--key", k[1].toString());
        assertThat(template.code()).as(template.err()).isZero();
        assertThat(template.out()).contains("name: one");
        CliBasicsTest.Result alone = helm4j("show", "chart", "oci://" + name, "--plain-http", "--key", k[1].toString());
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).isEqualTo("Error: --key (a cosign public key) is used with --verify\n");
    }

    @Test
    void anotherKeyAMissingSignatureAndAMovedTagAreRefusedAndNothingIsWritten() throws IOException {
        Path[] mine = keys("mine");
        Path[] other = keys("other");
        String name = PLAIN + "/" + repo + "/demo";
        String signed = digest(helm4j("push", chart("1.0.0", "one").toString(), "oci://" + PLAIN + "/" + repo,
                "--plain-http", "--sign", "--key", mine[0].toString()).out());

        CliBasicsTest.Result wrongKey = helm4j("verify", "oci://" + name + ":1.0.0", "--key", other[1].toString(),
                "--plain-http");
        assertThat(wrongKey.code()).isEqualTo(1);
        assertThat(wrongKey.err()).startsWith("Error: no matching signatures for " + name + "@" + signed + ":\n  sha256:")
                .contains(": invalid signature when validating ASN.1 encoded signature");
        Path dest = Files.createDirectories(tmp.resolve("pulled"));
        CliBasicsTest.Result pull = helm4j("pull", "oci://" + name, "--version", "1.0.0", "--plain-http", "--verify",
                "--key", other[1].toString(), "-d", dest.toString());
        assertThat(pull.code()).isEqualTo(1);
        try (var files = Files.list(dest)) {
            assertThat(files).isEmpty();
        }
        CliBasicsTest.Result show = helm4j("show", "chart", "oci://" + name, "--version", "1.0.0", "--plain-http",
                "--verify", "--key", other[1].toString());
        assertThat(show.code()).isEqualTo(1);
        assertThat(show.err()).contains("Error: no matching signatures for " + name + "@" + signed + ":\n");

        // the tag moved to another chart (pushed unsigned): its digest has no signature
        String moved = digest(helm4j("push", chart("1.0.0", "two").toString(), "oci://" + PLAIN + "/" + repo,
                "--plain-http").out());
        assertThat(moved).isNotEqualTo(signed);
        CliBasicsTest.Result unsigned = helm4j("verify", "oci://" + name + ":1.0.0", "--key", mine[1].toString(),
                "--plain-http");
        assertThat(unsigned.code()).isEqualTo(1);
        assertThat(unsigned.err()).isEqualTo("Error: no signatures found for " + name + "@" + moved + " (no tag "
                + moved.replace(':', '-') + ".sig)\n");
        // the signed manifest, named by its digest, still verifies
        assertThat(helm4j("verify", "oci://" + name + "@" + signed, "--key", mine[1].toString(), "--plain-http")
                .code()).isZero();

        CliBasicsTest.Result noKey = helm4j("push", chart("1.0.0", "one").toString(), "oci://" + PLAIN + "/" + repo,
                "--plain-http", "--sign");
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).isEqualTo("Error: --sign needs --key, the cosign private key\n");
        env.remove("COSIGN_PASSWORD");
        CliBasicsTest.Result noPassword = helm4j("push", chart("1.0.0", "one").toString(), "oci://" + PLAIN + "/"
                + repo, "--plain-http", "--sign", "--key", mine[0].toString());
        assertThat(noPassword.code()).isEqualTo(1);
        assertThat(noPassword.err()).isEqualTo("Error: " + mine[0] + " is encrypted: set COSIGN_PASSWORD to its "
                + "password (no terminal to ask it on)\n");
    }

    @Test
    void cosignVerifiesWhatHelm4jSignsAndTheOtherWayRound() throws Exception {
        Path cosign = cosign();
        assumeTrue(cosign != null, "no cosign CLI (COSIGN, PATH, ~/go/bin): the differential part is skipped");
        String name = PLAIN + "/" + repo + "/demo";
        // a key pair cosign generated: helm4j reads its encrypted private key and signs with it
        Path keys = Files.createDirectories(tmp.resolve("cosign-keys"));
        Proc gen = cosignRun(cosign, keys, "generate-key-pair");
        assertThat(gen.code()).as(gen.toString()).isZero();
        Path key = keys.resolve("cosign.key");
        Path pub = keys.resolve("cosign.pub");
        String first = digest(helm4j("push", chart("1.0.0", "one").toString(), "oci://" + PLAIN + "/" + repo,
                "--plain-http", "--sign", "--key", key.toString()).out());
        Proc verified = cosignRun(cosign, tmp, "verify", "--key", pub.toString(), "--insecure-ignore-tlog=true",
                "--allow-http-registry=true", name + "@" + first);
        assertThat(verified.code()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("\"docker-manifest-digest\":\"" + first + "\"");

        // cosign signs (no transparency log) a chart helm4j pushed; helm4j verifies it, with the key helm4j made too
        Path[] mine = keys("mine");
        String second = digest(helm4j("push", chart("2.0.0", "two").toString(), "oci://" + PLAIN + "/" + repo,
                "--plain-http").out());
        Proc signed = cosignRun(cosign, tmp, "sign", "--key", mine[0].toString(), "--tlog-upload=false",
                "--allow-http-registry=true", "--yes", name + "@" + second);
        assertThat(signed.code()).as(signed.toString()).isZero();
        CliBasicsTest.Result v = helm4j("verify", "oci://" + name + ":2.0.0", "--key", mine[1].toString(),
                "--plain-http");
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("\"docker-manifest-digest\":\"" + second + "\"");
        // the same report as cosign's own verify of that signature: payloads on stdout, the checks on stderr
        Proc theirs = cosignRun(cosign, tmp, "verify", "--key", mine[1].toString(), "--insecure-ignore-tlog=true",
                "--allow-http-registry=true", name + ":2.0.0");
        assertThat(theirs.code()).as(theirs.toString()).isZero();
        assertThat(v.out()).isEqualTo(theirs.out());
        assertThat(theirs.err()).endsWith(v.err());
        // and cosign refuses what helm4j signed when asked with another key
        Proc refused = cosignRun(cosign, tmp, "verify", "--key", mine[1].toString(), "--insecure-ignore-tlog=true",
                "--allow-http-registry=true", name + "@" + first);
        assertThat(refused.code()).as(refused.toString()).isNotZero();
        assertThat(refused.err()).contains("no matching signatures: invalid signature when validating ASN.1 encoded "
                + "signature");
    }

    record Proc(int code, String out, String err) {
    }

    private Proc cosignRun(Path cosign, Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(cosign.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("HOME", tmp.resolve("home").toString());
        pb.environment().put("COSIGN_PASSWORD", "it-pass");
        pb.environment().put("DOCKER_CONFIG", tmp.resolve("docker").toString());
        pb.environment().put("SIGSTORE_NO_CACHE", "true");
        Path out = tmp.resolve("cosign.out");
        Path err = tmp.resolve("cosign.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cosign " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path cosign() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("COSIGN");
        if (given != null && !given.isEmpty()) {
            candidates.add(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "cosign"));
            }
        }
        candidates.add(Path.of(System.getProperty("user.home"), "go", "bin", "cosign"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
