package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kubernetes writes of WebAssembly plugins (beyond Helm) and reads of a {@code getter/v1} one, against the real
 * cluster, through helm4j's client and the user's kubeconfig, which the plugins never see (test plugins built from
 * WebAssembly text during the run): a {@code cli/v1} plugin granted create, patch and delete on configmaps creates,
 * patches and deletes one (another, granted update, replaces it) (the cluster records {@code helm4j-plugin-NAME} as the field manager); creating a Secret, or
 * a ConfigMap whose body says Secret, is stopped in one line naming the plugin and the capability, and nothing is
 * written; a getter read the cluster during {@code pull}. Runs only with HELM4J_IT_KUBECONFIG and {@code wat2wasm}.
 */
class PluginKubeWritesClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("plug9-kube");

    @TempDir
    Path tmp;

    private String kubectl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ClusterSetup.KUBECTL, "--kubeconfig", CLUSTER.kubeconfig()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private String namespace(String what) throws Exception {
        String ns = CLUSTER.namespace(what);
        assertThat(kubectl("create", "ns", ns)).contains("created");
        return ns;
    }

    private CliBasicsTest.Result kube(String name, String grants, String request) throws Exception {
        Path dir = tmp.resolve("plugins-" + name);
        WatPlugins.build(dir.resolve(name), "kube", "apiVersion: v1\nname: " + name + "\ntype: cli/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  kubernetes: " + grants + "\n  config:\n"
                + "    request: '" + request + "'\n");
        return CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS", dir.toString(),
                "HOME", tmp.toString()), name);
    }

    @Test
    void grantedWritesReachTheClusterAndOthersAreStopped() throws Exception {
        String ns = namespace("w");
        String grants = "[\"create configmaps\", \"patch configmaps\", \"delete configmaps\"]";
        String base = "\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"" + ns + "\", \"name\": \"made\"";
        CliBasicsTest.Result created = kube("writer", grants, "{\"verb\": \"create\", " + base
                + ", \"object\": {\"data\": {\"a\": \"1\"}}}");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("\"name\":\"made\"").contains("\"uid\":");
        assertThat(kubectl("-n", ns, "get", "configmap", "made", "-o",
                "jsonpath={.data.a} {.metadata.managedFields[*].manager}")).isEqualTo("1 helm4j-plugin-writer");

        CliBasicsTest.Result patched = kube("writer", grants, "{\"verb\": \"patch\", " + base
                + ", \"patch\": {\"data\": {\"b\": \"2\"}}}");
        assertThat(patched.code()).as(patched.err()).isZero();
        assertThat(kubectl("-n", ns, "get", "configmap", "made", "-o", "jsonpath={.data.a}{.data.b}")).isEqualTo("12");


        CliBasicsTest.Result updated = kube("updater", "[\"update configmaps\"]", "{\"verb\": \"update\", " + base
                + ", \"object\": {\"data\": {\"c\": \"3\"}}}");
        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(kubectl("-n", ns, "get", "configmap", "made", "-o", "jsonpath={.data}")).isEqualTo("{\"c\":\"3\"}");

        CliBasicsTest.Result refused = kube("writer", grants, "{\"verb\": \"create\", \"apiVersion\": \"v1\", "
                + "\"kind\": \"Secret\", \"namespace\": \"" + ns + "\", \"name\": \"stolen\", \"object\": {}}");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: plugin \"writer\": kubernetes: create secrets is not granted "
                + "(runtimeConfig.kubernetes: create configmaps, patch configmaps, delete configmaps)\n");
        CliBasicsTest.Result disguised = kube("writer", grants, "{\"verb\": \"create\", " + base.replace("made",
                "disguised") + ", \"object\": {\"kind\": \"Secret\", \"stringData\": {\"t\": \"x\"}}}");
        assertThat(disguised.code()).isEqualTo(1);
        assertThat(disguised.err()).isEqualTo("Error: plugin \"writer\": kubernetes: create configmaps: the object's "
                + "kind \"Secret\" is not the request's \"ConfigMap\"\n");
        assertThat(kubectl("-n", ns, "get", "secrets,configmaps", "-o", "name")).doesNotContain("stolen", "disguised");

        CliBasicsTest.Result deleted = kube("writer", grants, "{\"verb\": \"delete\", " + base + "}");
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).isEqualTo("{\"deleted\":true}");
        assertThat(kubectl("-n", ns, "get", "configmap", "made", "-o", "name")).contains("NotFound");
    }

    /**
     * A post-renderer granted {@code create configmaps} writes only when the install is applied: a dry run (also
     * {@code --dry-run=server}) sends its write as the API server's dry run, so nothing is created.
     */
    @Test
    void aPostRenderersWriteIsADryRunUnlessTheInstallIsApplied() throws Exception {
        String ns = namespace("p");
        Path plugins = tmp.resolve("plugins");
        WatPlugins.build(plugins.resolve("kubepr"), "kubeout", "apiVersion: v1\nname: kubepr\ntype: postrenderer/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  kubernetes: [\"create configmaps\"]\n"
                + "  config:\n    request: '{\"verb\": \"create\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                + "\"namespace\": \"" + ns + "\", \"name\": \"from-pr\", \"object\": {\"data\": {\"k\": \"v\"}}}'\n"
                + "    output: '{\"manifests\": \"apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: out\\n\"}'\n");
        Path chart = tmp.resolve("chart");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: k\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS", plugins.toString(),
                "HOME", tmp.toString());
        for (String dry : new String[] {"--dry-run=client", "--dry-run=server"}) {
            CliBasicsTest.Result r = CliBasicsTest.run(env, "install", "r", chart.toString(), "-n", ns, dry,
                    "--post-renderer", "kubepr");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(kubectl("-n", ns, "get", "configmap", "from-pr", "-o", "name")).as(dry).contains("NotFound");
        }
        CliBasicsTest.Result r = CliBasicsTest.run(env, "install", "r", chart.toString(), "-n", ns, "--post-renderer",
                "kubepr");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(kubectl("-n", ns, "get", "configmap", "from-pr", "-o",
                "jsonpath={.data.k} {.metadata.managedFields[*].manager}")).isEqualTo("v helm4j-plugin-kubepr");
        assertThat(kubectl("-n", ns, "get", "configmap", "out", "-o", "name")).isEqualTo("configmap/out\n");
    }

    /** A WebAssembly getter granted {@code get configmaps} reads the cluster while {@code pull} downloads through it. */
    @Test
    void aGetterReadsTheClusterItIsGranted() throws Exception {
        String ns = namespace("g");
        kubectl("-n", ns, "create", "configmap", "where", "--from-literal=bucket=b");
        byte[] chart = "bytes of a chart".getBytes(StandardCharsets.UTF_8);
        Path plugins = tmp.resolve("plugins");
        String request = "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"" + ns
                + "\", \"name\": \"where\"}";
        for (String[] p : new String[][] {{"kget", "[\"get configmaps\"]"}, {"nget", "[\"get pods\"]"}}) {
            WatPlugins.build(plugins.resolve(p[0]), "kubeout", "apiVersion: v1\nname: " + p[0] + "\ntype: getter/v1\n"
                    + "config:\n  protocols: [" + p[0] + "]\nruntime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n"
                    + "  kubernetes: " + p[1] + "\n  config:\n    request: '" + request + "'\n    output: '{\"data\": \""
                    + Base64.getEncoder().encodeToString(chart) + "\"}'\n");
        }
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HELM_PLUGINS", plugins.toString(),
                "HOME", tmp.toString());
        Files.createDirectories(tmp.resolve("out"));
        CliBasicsTest.Result pulled = CliBasicsTest.run(env, "pull", "kget://b/demo-0.1.0.tgz", "-d",
                tmp.resolve("out").toString());
        assertThat(pulled.code()).as(pulled.err()).isZero();
        assertThat(tmp.resolve("out/demo-0.1.0.tgz")).hasBinaryContent(chart);
        CliBasicsTest.Result refused = CliBasicsTest.run(env, "pull", "nget://b/other-0.1.0.tgz", "-d",
                tmp.resolve("out").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: plugin \"nget\": kubernetes: get configmaps is not granted "
                + "(runtimeConfig.kubernetes: get pods)\n");
        assertThat(tmp.resolve("out/other-0.1.0.tgz")).doesNotExist();
    }
}
