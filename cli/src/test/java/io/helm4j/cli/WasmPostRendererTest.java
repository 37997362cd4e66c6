package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WebAssembly post-renderer ({@code extism/v1}, plugin-wasm's {@code yupper.wat}: every {@code y} made {@code Y})
 * and a subprocess one doing the same ({@code tr y Y}) give the same {@code helm4j template} output, on the
 * example chart and on charts of the shared corpus when it is there. Skipped, saying so, without {@code wat2wasm}.
 */
class WasmPostRendererTest {
    static final Path CORPUS = Path.of(System.getProperty("helm4j.shared", "../../shared"), "corpus", "charts");

    @TempDir
    Path tmp;

    @Test
    void wasmAndSubprocessPostRenderersAgree() throws Exception {
        Path plugins = tmp.resolve("plugins");
        WatPlugins.build(plugins.resolve("ywasm"), "yupper", "apiVersion: v1\nname: ywasm\ntype: postrenderer/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  memory:\n    maxPages: 64\n  timeout: 60000\n");
        Path sub = plugins.resolve("ysub");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("plugin.yaml"), "apiVersion: v1\nname: ysub\ntype: postrenderer/v1\n"
                + "runtime: subprocess\nversion: 0.1.0\nruntimeConfig:\n  platformCommand:\n    - command: tr\n"
                + "      args: [y, Y]\n");
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "HELM_PLUGINS", plugins.toString());
        List<Path> charts = new ArrayList<>(List.of(Path.of("../examples/hello")));
        // charts without random values (genPrivateKey, randAlphaNum), so two renderings can be compared
        for (String c : List.of("argo__argo-rollouts")) {
            if (Files.isDirectory(CORPUS.resolve(c).resolve("templates"))) {
                charts.add(CORPUS.resolve(c));
            }
        }
        for (Path chart : charts) {
            CliBasicsTest.Result viaWasm = CliBasicsTest.run(env, "template", "rel", chart.toString(), "--post-renderer",
                    "ywasm", "--kube-version", "1.35.0");
            CliBasicsTest.Result viaSub = CliBasicsTest.run(env, "template", "rel", chart.toString(), "--post-renderer",
                    "ysub", "--kube-version", "1.35.0");
            assertThat(viaWasm.err()).as(chart + " (wasm)").isEmpty();
            assertThat(viaSub.err()).as(chart + " (subprocess)").isEmpty();
            assertThat(viaWasm.out()).as(chart.toString()).isEqualTo(viaSub.out()).contains("kind: DeploYment");
        }
    }
}
