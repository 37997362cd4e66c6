package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templatefunc/v1} plugins ({@code --template-funcs}, beyond Helm) on the commands that render for a
 * cluster: {@code install}, then {@code upgrade} (which renders anew) and {@code upgrade --install} of a new
 * release, each storing a manifest made with the plugin's function (plugin-wasm's {@code echofn.wat}: the result
 * is what the function was given). Without the flag, the upgrade fails as Go's parser does on an unknown function.
 * Runs only with HELM4J_IT_KUBECONFIG and {@code wat2wasm}.
 */
class TemplateFuncClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("plugins-tf");
    static final Path WAT = Path.of("../plugin-wasm/src/test/resources/io/helm4j/plugin/wasm/echofn.wat");

    @TempDir
    Path tmp;

    @Test
    void installAndUpgradeRenderWithThePluginsFunctions() throws Exception {
        Path wat2wasm = Path.of("/usr/bin/wat2wasm");
        assumeTrue(Files.isExecutable(wat2wasm), "wat2wasm (Debian's wabt) is not installed: skipped");
        Path plugin = Files.createDirectories(tmp.resolve("plugins/strfn"));
        Files.writeString(plugin.resolve("plugin.yaml"), "apiVersion: v1\nname: strfn\ntype: templatefunc/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nconfig:\n  functions: [echo]\nruntimeConfig:\n  timeout: 5000\n");
        Process p = new ProcessBuilder(wat2wasm.toString(), WAT.toAbsolutePath().toString(), "-o",
                plugin.resolve("plugin.wasm").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        Path chart = Files.createDirectories(tmp.resolve("chart/templates")).getParent();
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: fn\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}\ndata:\n  got: {{ echo .Values.word | toJson | quote }}\n");
        String ns = CLUSTER.namespace("a");
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS",
                tmp.resolve("plugins").toString(), "HELM_DATA_HOME", tmp.resolve("data").toString(),
                "HELM_CONFIG_HOME", tmp.resolve("config").toString(), "HELM_CACHE_HOME", tmp.resolve("cache").toString());
        CliBasicsTest.Result installed = CliBasicsTest.run(env, "install", "r", chart.toString(), "-n", ns,
                "--create-namespace", "--set", "word=one", "--template-funcs", "strfn");
        assertThat(installed.code()).as(installed.err()).isZero();
        assertThat(data(env, ns)).contains("{\"args\":[\"one\"],\"function\":\"echo\"}");

        CliBasicsTest.Result upgraded = CliBasicsTest.run(env, "upgrade", "r", chart.toString(), "-n", ns, "--set",
                "word=two", "--template-funcs", "strfn");
        assertThat(upgraded.code()).as(upgraded.err()).isZero();
        assertThat(data(env, ns)).contains("{\"args\":[\"two\"],\"function\":\"echo\"}");
        CliBasicsTest.Result fresh = CliBasicsTest.run(env, "upgrade", "--install", "r2", chart.toString(), "-n", ns,
                "--set", "word=three", "--template-funcs", "strfn", "--dry-run=server");
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("{\\\"args\\\":[\\\"three\\\"],\\\"function\\\":\\\"echo\\\"}");

        CliBasicsTest.Result without = CliBasicsTest.run(env, "upgrade", "r", chart.toString(), "-n", ns);
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("function \"echo\" not defined");
    }

    private static String data(Map<String, String> env, String ns) {
        CliBasicsTest.Result m = CliBasicsTest.run(env, "get", "manifest", "r", "-n", ns);
        assertThat(m.code()).as(m.err()).isZero();
        return m.out().replace("\\\"", "\"");
    }
}
