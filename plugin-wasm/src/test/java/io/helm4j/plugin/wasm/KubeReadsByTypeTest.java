package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.Helm4jException;
import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.events.EventSink;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import io.helm4j.plugin.PluginKube;
import io.helm4j.plugin.PluginPostRenderer;
import io.helm4j.plugin.TemplateFunctionPlugins;
import io.helm4j.yaml.GoYaml;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Granted Kubernetes reads ({@code runtimeConfig.kubernetes}, beyond Helm 4) for plugin types other than
 * {@code cli/v1}, on the test plugin {@code kubeout.wat} (reads what its config's {@code request} asks, then answers
 * its config's {@code output}): a {@code postrenderer/v1} plugin reads the cluster of the action's context (install
 * and upgrade give theirs; a context without a client, as {@code template}'s, fails naming the plugin and the
 * capability), and a {@code templatefunc/v1} plugin the cluster it is loaded with. The reads reach the client only
 * when granted.
 */
class KubeReadsByTypeTest {
    static final String GET_POD = "'{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"Pod\", \"name\": \"web\"}'";

    @TempDir
    Path tmp;
    FakeKubeClient kube;
    int served;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(ChicoryWasmRuntimeTest.wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: skipped");
        kube = new FakeKubeClient();
        kube.create(new Resource(GoYaml.loadMap("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: default\n"
                + "spec:\n  containers: [{name: c, image: nginx}]\n")), WriteOptions.helm());
        Path c = tmp.resolve("chart");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: k\nversion: 0.1.0\n");
    }

    private Path plugins(String type, String grants, String output) throws Exception {
        Path dir = tmp.resolve("plugins");
        ChicoryWasmRuntimeTest.plugin(dir, "kubeout", "kubeout", type, grants + "  config:\n    request: " + GET_POD
                + "\n    output: '" + output + "'\n");
        return dir;
    }

    private PluginKube counting() {
        PluginKube client = PluginKube.of(() -> kube);
        return new PluginKube() {
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
    }

    private String template(ActionContext ctx, PluginPostRenderer pr) {
        return new Template(ctx).run(TemplateOptions.builder().args(List.of("rel", tmp.resolve("chart").toString()))
                .postRenderer(pr).build()).output();
    }

    @Test
    void aPostRendererReadsTheClusterOfTheActionsContext() throws Exception {
        Files.writeString(tmp.resolve("chart/templates/cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: a\n");
        Path plugins = plugins("postrenderer/v1", "  kubernetes: [\"get pods\"]\n",
                "{\"manifests\": \"kind: FromCluster\\n\"}");
        PluginPostRenderer pr = PluginPostRenderer.find(plugins.toString(), "kubeout", List.of(), Map.of(),
                EventSink.discard(), OutputStream.nullOutputStream(), tmp);
        assertThat(template(ActionContext.builder().kube(() -> kube).build(), pr)).contains("kind: FromCluster");
        assertThatThrownBy(() -> template(ActionContext.builder().build(), pr)).isInstanceOf(Helm4jException.class)
                .hasMessageContaining("plugin \"kubeout\": kubernetes: get v1 Pod: no Kubernetes client configured");
    }

    @Test
    void aPostRendererReadsNothingItIsNotGranted() throws Exception {
        Files.writeString(tmp.resolve("chart/templates/cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: a\n");
        Path plugins = plugins("postrenderer/v1", "  kubernetes: [\"list configmaps\"]\n",
                "{\"manifests\": \"kind: FromCluster\\n\"}");
        PluginPostRenderer pr = PluginPostRenderer.find(plugins.toString(), "kubeout", List.of(), Map.of(),
                EventSink.discard(), OutputStream.nullOutputStream(), tmp).withKube(counting());
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(pr.plugin(), "kind: A\n", List.of(), Map.of(),
                io.helm4j.plugin.PluginIo.of(OutputStream.nullOutputStream(), OutputStream.nullOutputStream()),
                counting())).hasMessage("plugin \"kubeout\": kubernetes: get pods is not granted "
                        + "(runtimeConfig.kubernetes: list configmaps)");
        assertThat(served).isZero();
    }

    @Test
    void aTemplateFunctionReadsTheClusterItIsLoadedWith() throws Exception {
        Files.writeString(tmp.resolve("chart/templates/cm.yaml"), "kind: ConfigMap\ndata:\n  a: {{ seen }}\n");
        Path plugins = plugins("templatefunc/v1\nconfig:\n  functions: [seen]", "  kubernetes: [\"get pods\"]\n",
                "{\"result\": \"from-cluster\"}");
        FuncMap f = TemplateFunctionPlugins.load(plugins.toString(), List.of("kubeout"), EventSink.discard(),
                OutputStream.nullOutputStream(), counting());
        assertThat(template(ActionContext.builder().templateFunctions(f).build(), null)).contains("a: from-cluster");
        assertThat(served).isEqualTo(1);
        FuncMap none = TemplateFunctionPlugins.load(plugins.toString(), List.of("kubeout"), EventSink.discard(),
                OutputStream.nullOutputStream());
        assertThatThrownBy(() -> template(ActionContext.builder().templateFunctions(none).build(), null))
                .hasMessageContaining("plugin \"kubeout\" function \"seen\": plugin \"kubeout\": kubernetes: get v1 Pod: "
                        + "no Kubernetes cluster is configured for this command");
    }
}
