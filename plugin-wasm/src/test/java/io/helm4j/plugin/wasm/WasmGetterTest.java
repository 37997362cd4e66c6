package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Pull;
import io.helm4j.action.PullOptions;
import io.helm4j.action.RepoAdd;
import io.helm4j.action.RepoAddOptions;
import io.helm4j.downloader.ChartPathOptions;
import io.helm4j.events.EventSink;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginGetter;
import io.helm4j.repo.IndexFile;
import io.helm4j.settings.HelmSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WebAssembly {@code getter/v1} plugin ({@code cfgget.wat}: answers each URL with the base64 its
 * {@code runtimeConfig.config} holds for it) wired into the downloads: {@code repo add} of a {@code wasmt://}
 * repository fetches its index through the plugin, {@code pull} a chart URL, and a URL the plugin does not have
 * fails naming the plugin.
 */
class WasmGetterTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needWat2wasm() {
        assumeTrue(ChicoryWasmRuntimeTest.wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: the "
                + "WebAssembly getter test is skipped");
    }

    @Test
    void aWasmGetterServesRepositoryIndexesAndCharts() throws Exception {
        String index = "apiVersion: v1\nentries:\n  demo:\n  - name: demo\n    version: 0.1.0\n"
                + "    urls: [wasmt://bucket/charts/demo-0.1.0.tgz]\n";
        byte[] chart = "not really a chart, but bytes".getBytes(StandardCharsets.UTF_8);
        Path plugins = tmp.resolve("data/plugins");
        Files.createDirectories(plugins);
        ChicoryWasmRuntimeTest.plugin(plugins, "cfgget", "wget", "getter/v1\nconfig:\n  protocols: [wasmt]", "  config:\n"
                + "    \"wasmt://bucket/charts/index.yaml\": " + b64(index.getBytes(StandardCharsets.UTF_8)) + "\n"
                + "    \"wasmt://bucket/charts/demo-0.1.0.tgz\": " + b64(chart) + "\n");
        HelmSettings settings = HelmSettings.fromEnvironment(Map.of("HELM_DATA_HOME", tmp.resolve("data").toString(),
                "HELM_CONFIG_HOME", tmp.resolve("config").toString(), "HELM_CACHE_HOME", tmp.resolve("cache").toString()),
                tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ActionContext ctx = ActionContext.builder().settings(settings).workingDir(tmp)
                .getters(PluginGetter.schemeGetters(settings, Map.of(), "helm", EventSink.discard(), err)).build();

        new RepoAdd(ctx).run(RepoAddOptions.builder("w", "wasmt://bucket/charts").build());
        Path cached = IndexFile.cachePath(Path.of(settings.repositoryCache()), "w");
        assertThat(Files.readString(cached)).isEqualTo(index);

        Files.createDirectories(tmp.resolve("out"));
        new Pull(ctx).run(new PullOptions("wasmt://bucket/charts/demo-0.1.0.tgz", ChartPathOptions.defaults(),
                Path.of("out"), false, ""));
        assertThat(tmp.resolve("out/demo-0.1.0.tgz")).hasBinaryContent(chart);

        assertThatThrownBy(() -> new Pull(ctx).run(new PullOptions("wasmt://bucket/charts/nope-0.1.0.tgz",
                ChartPathOptions.defaults(), Path.of("out"), false, ""))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"wget\" exited with error: no such object");
    }

    /**
     * A WebAssembly getter granted {@code get configmaps} ({@code kubeout.wat}: reads what its config's request asks,
     * then answers its configured output) reads the cluster it is given during a download; without the grant the
     * download fails naming the plugin and the capability, and the cluster is asked nothing.
     */
    @Test
    void aWasmGetterReadsTheClusterItIsGranted() throws Exception {
        io.helm4j.kube.FakeKubeClient kube = new io.helm4j.kube.FakeKubeClient();
        kube.create(new io.helm4j.kube.Resource(io.helm4j.yaml.GoYaml.loadMap("apiVersion: v1\nkind: ConfigMap\n"
                + "metadata:\n  name: where\n  namespace: default\ndata:\n  bucket: b\n")),
                io.helm4j.kube.WriteOptions.helm());
        int[] served = new int[1];
        io.helm4j.plugin.PluginKube client = io.helm4j.plugin.PluginKube.of(() -> kube);
        io.helm4j.plugin.PluginKube counting = new io.helm4j.plugin.PluginKube() {
            @Override
            public String resource(String apiVersion, String kind) {
                return client.resource(apiVersion, kind);
            }

            @Override
            public String serve(String verb, String apiVersion, String kind, String namespace, String name) {
                served[0]++;
                return client.serve(verb, apiVersion, kind, namespace, name);
            }
        };
        byte[] chart = "chart bytes".getBytes(StandardCharsets.UTF_8);
        String request = "'{\"verb\": \"get\", \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"name\": \"where\"}'";
        String output = "'{\"data\": \"" + b64(chart) + "\"}'";
        for (String grant : new String[] {"[\"get configmaps\"]", "[]"}) {
            Path plugins = tmp.resolve(grant.length() + "/data/plugins");
            Files.createDirectories(plugins);
            ChicoryWasmRuntimeTest.plugin(plugins, "kubeout", "kget", "getter/v1\nconfig:\n  protocols: [kget]",
                    "  kubernetes: " + grant + "\n  config:\n    request: " + request + "\n    output: " + output + "\n");
            HelmSettings settings = HelmSettings.fromEnvironment(Map.of("HELM_DATA_HOME", plugins.getParent().toString(),
                    "HELM_CACHE_HOME", tmp.resolve("cache").toString()), tmp);
            ActionContext ctx = ActionContext.builder().settings(settings).workingDir(tmp)
                    .getters(PluginGetter.schemeGetters(settings, Map.of(), "helm", EventSink.discard(),
                            new ByteArrayOutputStream(), counting)).build();
            Files.createDirectories(tmp.resolve("out"));
            PullOptions pull = new PullOptions("kget://b/demo-0.1.0.tgz", ChartPathOptions.defaults(), Path.of("out"),
                    false, "");
            if (grant.equals("[]")) {
                assertThatThrownBy(() -> new Pull(ctx).run(pull)).isInstanceOf(PluginException.class)
                        .hasMessage("plugin \"kget\": kubernetes: get ConfigMap is not granted "
                                + "(runtimeConfig.kubernetes: none)");
                assertThat(served[0]).isEqualTo(1); // only the granted run's read
            } else {
                new Pull(ctx).run(pull);
                assertThat(tmp.resolve("out/demo-0.1.0.tgz")).hasBinaryContent(chart);
                assertThat(served[0]).isEqualTo(1);
            }
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
