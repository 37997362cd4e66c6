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
 * A WebAssembly {@code cli/v1} plugin granted {@code list configmaps} ({@code runtimeConfig.kubernetes}, beyond Helm)
 * reads them from the real cluster through helm4j's client and the user's kubeconfig, which the plugin never sees;
 * asking for secrets fails the command in one line naming the plugin and the capability. Runs only with
 * HELM4J_IT_KUBECONFIG and {@code wat2wasm}.
 */
class PluginKubeClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("plugins-kube");
    static final Path WAT = Path.of("../plugin-wasm/src/test/resources/io/helm4j/plugin/wasm/kube.wat");

    @TempDir
    Path tmp;

    private Map<String, String> plugin(String request) throws Exception {
        Path wat2wasm = Path.of("/usr/bin/wat2wasm");
        assumeTrue(Files.isExecutable(wat2wasm), "wat2wasm (Debian's wabt) is not installed: skipped");
        Path dir = Files.createDirectories(tmp.resolve("plugins/kube"));
        Files.writeString(dir.resolve("plugin.yaml"), "apiVersion: v1\nname: kube\ntype: cli/v1\nruntime: extism/v1\n"
                + "version: 0.1.0\nruntimeConfig:\n  kubernetes: [\"list configmaps\"]\n  config:\n    request: '"
                + request + "'\n");
        Process p = new ProcessBuilder(wat2wasm.toString(), WAT.toAbsolutePath().toString(), "-o",
                dir.resolve("plugin.wasm").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS", tmp.resolve("plugins").toString());
    }

    @Test
    void aGrantedListReadsTheClusterAndASecretIsRefused() throws Exception {
        String ns = CLUSTER.namespace("a");
        Process create = new ProcessBuilder(ClusterSetup.KUBECTL, "--kubeconfig", CLUSTER.kubeconfig(), "create", "ns",
                ns).redirectErrorStream(true).start();
        assertThat(create.waitFor()).isZero();
        Process cm = new ProcessBuilder(ClusterSetup.KUBECTL, "--kubeconfig", CLUSTER.kubeconfig(), "-n", ns, "create",
                "configmap", "from-cluster", "--from-literal=k=v").redirectErrorStream(true).start();
        assertThat(cm.waitFor()).isZero();
        Map<String, String> env = plugin("{\"verb\": \"list\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                + "\"namespace\": \"" + ns + "\"}");
        CliBasicsTest.Result listed = CliBasicsTest.run(env, "kube");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("\"name\":\"from-cluster\"");

        Map<String, String> env2 = plugin("{\"verb\": \"list\", \"apiVersion\": \"v1\", \"kind\": \"Secret\", "
                + "\"namespace\": \"" + ns + "\"}");
        CliBasicsTest.Result refused = CliBasicsTest.run(env2, "kube");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: plugin \"kube\": kubernetes: list secrets is not granted "
                + "(runtimeConfig.kubernetes: list configmaps)\n");
    }
}
