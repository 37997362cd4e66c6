package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginIo;
import io.helm4j.plugin.PluginKube;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kubernetes reads granted to a WebAssembly plugin ({@code runtimeConfig.kubernetes}, beyond Helm 4) on the test
 * plugin {@code kube.wat} (asks {@code helm4j:host/kube.kube_request} what its config holds and prints the answer),
 * served by a {@link FakeKubeClient}: a granted {@code get pods} and {@code list configmaps} answer with the objects;
 * a resource or a verb not granted, or no grant at all, stops the plugin naming it and the capability, and the
 * client is asked nothing.
 */
class KubeGrantTest {
    @TempDir
    Path tmp;
    FakeKubeClient kube;
    int served;

    @BeforeEach
    void setUp() {
        assumeTrue(ChicoryWasmRuntimeTest.wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: skipped");
        kube = new FakeKubeClient();
        kube.create(new Resource(GoYaml.loadMap("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: default\n"
                + "spec:\n  containers: [{name: c, image: nginx}]\n")), WriteOptions.helm());
        kube.create(new Resource(GoYaml.loadMap("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n"
                + "  namespace: default\ndata:\n  a: b\n")), WriteOptions.helm());
        kube.create(new Resource(GoYaml.loadMap("apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n"
                + "  namespace: default\nstringData:\n  t: s3cr3t\n")), WriteOptions.helm());
    }

    private String run(String grants, String request) throws Exception {
        Plugin p = ChicoryWasmRuntimeTest.plugin(tmp.resolve("p" + System.nanoTime()), "kube", "kube", "cli/v1",
                grants + "  config:\n    request: '" + request + "'\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PluginKube client = PluginKube.of(() -> kube);
        PluginKube counting = new PluginKube() {
            @Override
            public String resource(String apiVersion, String kind) {
                return client.resource(apiVersion, kind);
            }

            @Override
            public String serve(String verb, String apiVersion, String kind, String namespace, String name) {
                served++;
                return client.serve(verb, apiVersion, kind, namespace, name);
            }

            @Override
            public String write(Write w) {
                assertThat(w.plugin()).isEqualTo("kube");
                return client.write(w);
            }
        };
        return new ChicoryWasmRuntime().call(p, "{}", Map.of(), Map.of(), PluginIo.of(out, new ByteArrayOutputStream()),
                counting);
    }

    @Test
    void grantedReadsAreAnsweredWithTheObjects() throws Exception {
        String grants = "  kubernetes: [\"get pods\", \"list configmaps\"]\n";
        Map<String, Object> pod = GoYaml.fromJsonObject(run(grants,
                "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"name\": \"web\"}"));
        assertThat(pod).containsEntry("kind", "Pod");
        assertThat(((Map<?, ?>) pod.get("metadata")).get("name")).isEqualTo("web");
        Map<String, Object> list = GoYaml.fromJsonObject(run(grants,
                "{\"verb\": \"list\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"default\"}"));
        assertThat((List<?>) list.get("items")).hasSize(1);
        assertThat(served).isEqualTo(2);
    }

    @Test
    void whatIsNotGrantedIsStoppedBeforeTheClusterIsAsked() throws Exception {
        String grants = "  kubernetes: [\"get pods\"]\n";
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"Secret\", "
                + "\"name\": \"token\"}")).isInstanceOf(PluginException.class).hasMessage("plugin \"kube\": kubernetes: "
                        + "get secrets is not granted (runtimeConfig.kubernetes: get pods)");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"list\", \"apiVersion\": \"v1\", \"kind\": \"Pod\"}"))
                .hasMessage("plugin \"kube\": kubernetes: list pods is not granted (runtimeConfig.kubernetes: get pods)");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"delete\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", "
                + "\"name\": \"web\"}")).hasMessage("plugin \"kube\": kubernetes: delete pods is not granted "
                        + "(runtimeConfig.kubernetes: get pods)");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"escalate\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", "
                + "\"name\": \"web\"}")).hasMessage("plugin \"kube\": kubernetes: escalate Pod is not granted: the verbs "
                        + "are get, list, create, update, patch and delete (runtimeConfig.kubernetes: get pods)");
        assertThat(kube.get(new io.helm4j.kube.ResourceRef(io.helm4j.kube.GroupVersionKind.of("v1", "Pod"), "default",
                "web"))).isPresent();
        assertThatThrownBy(() -> run("", "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"name\": "
                + "\"web\"}")).hasMessage("plugin \"kube\": kubernetes: get Pod is not granted (runtimeConfig.kubernetes: "
                        + "none)");
        assertThat(served).isZero();
    }

    @Test
    void aGrantWithAnUnknownVerbIsRefusedWhenTheManifestLoads() throws Exception {
        assertThatThrownBy(() -> ChicoryWasmRuntimeTest.plugin(tmp, "kube", "kube", "cli/v1",
                "  kubernetes: [\"destroy pods\"]\n")).isInstanceOf(PluginException.class)
                .hasMessageContaining("runtimeConfig.kubernetes: \"destroy pods\" is not VERB RESOURCE with VERB get, "
                        + "list, create, update, patch or delete");
    }

    private static final io.helm4j.kube.ResourceRef CFG = new io.helm4j.kube.ResourceRef(
            io.helm4j.kube.GroupVersionKind.of("v1", "ConfigMap"), "default", "made");

    /**
     * Granted writes reach the client with the plugin named as field manager: a create (the namespace and name from
     * the request), a merge patch, an update and a delete, each answered with the server's object (a delete with
     * whether there was one).
     */
    @Test
    void grantedWritesCreatePatchUpdateAndDelete() throws Exception {
        String grants = "  kubernetes: [\"create configmaps\", \"patch configmaps\", \"update configmaps\", "
                + "\"delete configmaps\"]\n";
        String base = "\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"default\", \"name\": \"made\"";
        Map<String, Object> created = GoYaml.fromJsonObject(run(grants, "{\"verb\": \"create\", " + base
                + ", \"object\": {\"data\": {\"a\": \"1\"}}}"));
        assertThat(created).containsEntry("data", Map.of("a", "1"));
        assertThat(kube.get(CFG)).isPresent();
        run(grants, "{\"verb\": \"patch\", " + base + ", \"patch\": {\"data\": {\"b\": \"2\"}}}");
        assertThat(kube.get(CFG).orElseThrow().object().get("data")).isEqualTo(Map.of("a", "1", "b", "2"));
        run(grants, "{\"verb\": \"update\", " + base + ", \"object\": {\"apiVersion\": \"v1\", \"kind\": "
                + "\"ConfigMap\", \"metadata\": {\"name\": \"made\"}, \"data\": {\"c\": \"3\"}}}");
        assertThat(kube.get(CFG).orElseThrow().object().get("data")).isEqualTo(Map.of("c", "3"));
        assertThat(run(grants, "{\"verb\": \"delete\", " + base + "}")).isEqualTo("{\"deleted\":true}");
        assertThat(kube.get(CFG)).isEmpty();
        assertThat(served).isZero(); // writes are not reads
    }

    /** In an operation that changes nothing (a dry run, a diff, a plan) a granted write is the API server's dry run. */
    @Test
    void inADryRunAGrantedWriteIsAnsweredAndNothingIsWritten() throws Exception {
        Plugin p = ChicoryWasmRuntimeTest.plugin(tmp.resolve("dry"), "kube", "kube", "cli/v1",
                "  kubernetes: [\"create configmaps\"]\n  config:\n    request: '{\"verb\": \"create\", "
                        + "\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"namespace\": \"default\", \"name\": "
                        + "\"made\", \"object\": {\"data\": {\"a\": \"1\"}}}'\n");
        String answer = new ChicoryWasmRuntime().call(p, "{}", Map.of(), Map.of(), PluginIo.of(
                new ByteArrayOutputStream(), new ByteArrayOutputStream()), PluginKube.dryRun(() -> kube));
        assertThat(GoYaml.fromJsonObject(answer)).containsEntry("data", Map.of("a", "1"));
        assertThat(kube.get(CFG)).isEmpty();
    }

    /**
     * A write not granted, or one whose object names another kind, namespace or name than the request the grant was
     * checked against, is stopped naming the plugin and the capability; nothing is written.
     */
    @Test
    void aWriteBeyondTheGrantIsStoppedAndNothingIsWritten() throws Exception {
        String grants = "  kubernetes: [\"get configmaps\", \"create configmaps\"]\n";
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"delete\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                + "\"name\": \"cfg\"}")).isInstanceOf(PluginException.class).hasMessage("plugin \"kube\": kubernetes: "
                        + "delete configmaps is not granted (runtimeConfig.kubernetes: get configmaps, create configmaps)");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"create\", \"apiVersion\": \"v1\", \"kind\": \"Secret\", "
                + "\"name\": \"x\", \"object\": {}}")).hasMessage("plugin \"kube\": kubernetes: create secrets is not "
                        + "granted (runtimeConfig.kubernetes: get configmaps, create configmaps)");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"create\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                + "\"name\": \"x\", \"object\": {\"kind\": \"Secret\", \"stringData\": {\"t\": \"s\"}}}"))
                .hasMessage("plugin \"kube\": kubernetes: create configmaps: the object's kind \"Secret\" is not the "
                        + "request's \"ConfigMap\"");
        assertThatThrownBy(() -> run(grants, "{\"verb\": \"create\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                + "\"namespace\": \"default\", \"object\": {\"metadata\": {\"name\": \"y\", \"namespace\": "
                + "\"kube-system\"}}}")).hasMessage("plugin \"kube\": kubernetes: create configmaps: the object's namespace "
                        + "\"kube-system\" is not the request's \"default\"");
        assertThat(kube.list(io.helm4j.kube.GroupVersionKind.of("v1", "ConfigMap"), "", "")).hasSize(1);
        assertThat(kube.list(io.helm4j.kube.GroupVersionKind.of("v1", "Secret"), "", "")).hasSize(1);
    }
}
