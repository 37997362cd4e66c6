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
                + "\"name\": \"web\"}")).hasMessage("plugin \"kube\": kubernetes: delete Pod is not granted: only get and "
                        + "list can be (runtimeConfig.kubernetes: get pods)");
        assertThatThrownBy(() -> run("", "{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"name\": "
                + "\"web\"}")).hasMessage("plugin \"kube\": kubernetes: get Pod is not granted (runtimeConfig.kubernetes: "
                        + "none)");
        assertThat(served).isZero();
    }

    @Test
    void aGrantThatIsNotAReadIsRefusedWhenTheManifestLoads() throws Exception {
        assertThatThrownBy(() -> ChicoryWasmRuntimeTest.plugin(tmp, "kube", "kube", "cli/v1",
                "  kubernetes: [\"delete pods\"]\n")).isInstanceOf(PluginException.class)
                .hasMessageContaining("runtimeConfig.kubernetes: \"delete pods\" is not VERB RESOURCE with VERB get or "
                        + "list");
    }
}
