package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j diff} without a cluster ({@code diff install --dry-run=client}): the exit codes of
 * {@code --detailed-exitcode} (0 no changes, 2 changes, 1 any error, usage errors included), Secrets masked,
 * and the whole output against a golden file ({@code -Dgolden.update=true} to regenerate; helm4j's own output,
 * in the layout of the helm-diff plugin).
 */
class DiffCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/diff-install-client.txt");

    @TempDir
    Path dir;

    private Path chart(boolean withTemplates) throws IOException {
        Path c = dir.resolve(withTemplates ? "demo" : "empty");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "password: s3cret\n");
        if (withTemplates) {
            Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                    + "  name: {{ .Release.Name }}-cm\ndata:\n  greeting: hi\n");
            Files.writeString(c.resolve("templates/secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n"
                    + "  name: {{ .Release.Name }}-secret\nstringData:\n  password: {{ .Values.password }}\n");
        }
        return c;
    }

    private static CliBasicsTest.Result diff(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "diff";
        all[1] = "install";
        System.arraycopy(args, 0, all, 2, args.length);
        return CliBasicsTest.run(Map.of(), all);
    }

    @Test
    void printsEachNewObjectWithSecretsMasked() throws IOException {
        CliBasicsTest.Result r = diff("web", chart(true).toString(), "--dry-run=client");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("s3cret", "czNjcmV0").contains("+   password: (changed)\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, r.out());
        }
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(diff("web", chart(true).toString(), "--dry-run=client", "--show-secrets").out())
                .contains("+   password: s3cret\n");
        assertThat(diff("web", chart(true).toString(), "--dry-run=client", "--suppress-secrets").out())
                .contains("+ Changes suppressed on sensitive content of type Secret\n").doesNotContain("password");
    }

    @Test
    void detailedExitcodeIsZeroForNoChangeTwoForChangesAndOneForAnyError() throws IOException {
        assertThat(diff("web", chart(true).toString(), "--dry-run=client", "--detailed-exitcode").code()).isEqualTo(2);
        CliBasicsTest.Result none = diff("web", chart(false).toString(), "--dry-run=client", "--detailed-exitcode");
        assertThat(none.out()).isEmpty();
        assertThat(none.code()).isZero();
        CliBasicsTest.Result missing = diff("web", dir.resolve("nosuch").toString(), "--dry-run=client",
                "--detailed-exitcode");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: ");
        CliBasicsTest.Result badOutput = diff("web", chart(true).toString(), "--dry-run=client", "--output", "xml",
                "--detailed-exitcode");
        assertThat(badOutput.code()).isEqualTo(1);
        assertThat(badOutput.err()).isEqualTo("Error: invalid --output \"xml\": must be one of diff, simple, json, "
                + "template, structured\n");
        assertThat(diff("web", chart(true).toString(), "--dry-run=client", "--output", "xml").code()).isEqualTo(2);
        assertThat(diff("web", "--dry-run=client", "--detailed-exitcode").code()).isEqualTo(1);
    }

    /** {@code --show-secrets-decoded}, as the helm-diff plugin's: values decoded, in every output and subcommand. */
    @Test
    void secretsAreShownDecodedInEveryOutput() throws IOException {
        String c = chart(true).toString();
        assertThat(diff("web", c, "--dry-run=client", "--show-secrets-decoded").out())
                .contains("+ stringData:\n+   password: s3cret\n").doesNotContain("czNjcmV0").doesNotContain("(changed)");
        assertThat(diff("web", c, "--dry-run=client", "--show-secrets-decoded", "--output", "structured").out())
                .doesNotContain("s3cret"); // an addition's entry lists no fields, as the plugin's
        assertThat(diff("web", c, "--dry-run=client", "--show-secrets-decoded", "--output", "simple").out())
                .isEqualTo(diff("web", c, "--dry-run=client", "--output", "simple").out());
        assertThat(diff("web", c, "--dry-run=client", "--show-secrets-decoded", "--output", "json").out())
                .isEqualTo(diff("web", c, "--dry-run=client", "--output", "json").out());
        assertThat(diff("web", c, "--dry-run=client", "--show-secrets-decoded", "--suppress-secrets").out())
                .doesNotContain("s3cret");
        for (String sub : new String[] {"upgrade", "install", "rollback", "revision", "release"}) {
            assertThat(CliBasicsTest.run(Map.of(), "diff", sub, "--help").out()).as(sub)
                    .contains("--show-secrets-decoded ");
        }
    }

    @Test
    void simpleAndJsonOutputsReadAsTheHelmDiffPlugins() throws IOException {
        assertThat(diff("web", chart(true).toString(), "--dry-run=client", "--output", "simple").out()).isEqualTo(
                "default, web-cm, ConfigMap (v1) to be added.\ndefault, web-secret, Secret (v1) to be added.\n"
                        + "Plan: 2 to add, 0 to change, 0 to destroy, 0 to change ownership.\n");
        assertThat(diff("web", chart(false).toString(), "--dry-run=client", "--output", "json").out()).isEqualTo("[]\n");
    }

    /** A chart by URL, and by name in a repository with {@code --repo} and {@code --version}, diffs as the local chart does. */
    @Test
    void remoteChartReferencesAreLocatedAsInstallLocatesThem() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Map<String, String> env = Map.of("HELM_CACHE_HOME", dir.resolve("cache").toString(), "HELM_CONFIG_HOME",
                dir.resolve("config").toString(), "HELM_DATA_HOME", dir.resolve("data").toString());
        assertThat(CliBasicsTest.run(env, "package", chart(true).toString(), "-d", repo.toString()).code()).isZero();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            Path f = repo.resolve(ex.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0];
            ex.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            try (var os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(CliBasicsTest.run(env, "repo", "index", repo.toString(), "--url", base).code()).isZero();
            String local = diff("web", chart(true).toString(), "--dry-run=client").out();
            CliBasicsTest.Result byUrl = CliBasicsTest.run(env, "diff", "install", "web", base + "/demo-0.1.0.tgz",
                    "--dry-run=client");
            assertThat(byUrl.err()).isEmpty();
            assertThat(byUrl.out()).isEqualTo(local).contains("web-cm, ConfigMap (v1) has been added");
            CliBasicsTest.Result byRepo = CliBasicsTest.run(env, "diff", "install", "web", "demo", "--repo", base,
                    "--version", "0.1.0", "--dry-run=client");
            assertThat(byRepo.err()).isEmpty();
            assertThat(byRepo.out()).isEqualTo(local);
            CliBasicsTest.Result missing = CliBasicsTest.run(env, "diff", "install", "web", "demo", "--repo", base,
                    "--version", "9.9.9", "--dry-run=client");
            assertThat(missing.code()).isEqualTo(1);
            assertThat(missing.err()).contains("demo").contains("9.9.9");
        } finally {
            server.stop(0);
        }
    }
}
