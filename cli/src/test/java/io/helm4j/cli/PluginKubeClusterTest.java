package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    @TempDir
    Path tmp;

    private Map<String, String> plugin(String request) throws Exception {
        WatPlugins.build(tmp.resolve("plugins/kube"), "kube", "apiVersion: v1\nname: kube\ntype: cli/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  kubernetes: [\"list configmaps\"]\n  config:\n"
                + "    request: '" + request + "'\n");
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

    /**
     * The other types read the cluster of the command too: a {@code postrenderer/v1} plugin on {@code install} (a
     * dry run, which still reads) and a {@code templatefunc/v1} plugin (test plugin {@code kubeout}: reads the
     * ConfigMap, then answers its configured output); {@code template}, which has no cluster, fails naming the
     * plugin and the capability.
     */
    @Test
    void aPostRendererAndATemplateFunctionReadTheClusterOfTheCommand() throws Exception {
        String ns = CLUSTER.namespace("b");
        Process create = new ProcessBuilder(ClusterSetup.KUBECTL, "--kubeconfig", CLUSTER.kubeconfig(), "create", "ns",
                ns).redirectErrorStream(true).start();
        assertThat(create.waitFor()).isZero();
        Process cm = new ProcessBuilder(ClusterSetup.KUBECTL, "--kubeconfig", CLUSTER.kubeconfig(), "-n", ns, "create",
                "configmap", "from-cluster", "--from-literal=k=v").redirectErrorStream(true).start();
        assertThat(cm.waitFor()).isZero();
        String request = "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"" + ns
                + "\", \"name\": \"from-cluster\"}";
        String grants = "runtime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  kubernetes: [\"get configmaps\"]\n"
                + "  config:\n    request: '" + request + "'\n";
        WatPlugins.build(tmp.resolve("plugins/kubepr"), "kubeout", "apiVersion: v1\nname: kubepr\n"
                + "type: postrenderer/v1\n" + grants + "    output: '{\"manifests\": \"kind: FromCluster\\n\"}'\n");
        WatPlugins.build(tmp.resolve("plugins/kubefn"), "kubeout", "apiVersion: v1\nname: kubefn\n"
                + "type: templatefunc/v1\nconfig:\n  functions: [seen]\n" + grants
                + "    output: '{\"result\": \"read-from-cluster\"}'\n");
        Path chart = tmp.resolve("chart");
        java.nio.file.Files.createDirectories(chart.resolve("templates"));
        java.nio.file.Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: k\nversion: 0.1.0\n");
        java.nio.file.Files.writeString(chart.resolve("templates/cm.yaml"), "kind: ConfigMap\napiVersion: v1\n"
                + "metadata:\n  name: x\ndata:\n  a: {{ seen }}\n");
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS", tmp.resolve("plugins")
                .toString(), "HOME", tmp.toString());
        CliBasicsTest.Result pr = CliBasicsTest.run(env, "install", "r", chart.toString(), "-n", ns, "--dry-run=client",
                "--post-renderer", "kubepr", "--template-funcs", "kubefn");
        assertThat(pr.code()).as(pr.err()).isZero();
        assertThat(pr.out()).contains("kind: FromCluster");
        CliBasicsTest.Result fn = CliBasicsTest.run(env, "install", "r", chart.toString(), "-n", ns, "--dry-run=client",
                "--template-funcs", "kubefn");
        assertThat(fn.code()).as(fn.err()).isZero();
        assertThat(fn.out()).contains("a: read-from-cluster");
        CliBasicsTest.Result template = CliBasicsTest.run(env, "template", "r", chart.toString(), "--post-renderer",
                "kubepr", "--template-funcs", "kubefn");
        assertThat(template.code()).isEqualTo(1);
        assertThat(template.err()).contains("plugin \"kubefn\": kubernetes: get v1 ConfigMap: ");
    }
}
