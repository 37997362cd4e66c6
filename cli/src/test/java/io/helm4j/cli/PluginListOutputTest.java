package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugin list} as the audit view (beyond Helm, hidden {@code -o wide|json|yaml}): by default and with
 * {@code -o table}, Helm 4.3.2's own table, byte for byte (run on the same plugins directory when Helm is installed);
 * {@code wide} adds the runtime and the granted capabilities with the defaults applied, {@code json} and
 * {@code yaml} the whole grant (golden files of helm4j's own output, regenerated with {@code -Dgolden.update=true}).
 */
class PluginListOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;
    Map<String, String> env;

    @BeforeEach
    void plugins() throws IOException {
        Path dir = tmp.resolve("plugins");
        write(dir.resolve("audited/plugin.yaml"), "apiVersion: v1\nname: audited\ntype: postrenderer/v1\n"
                + "runtime: extism/v1\nversion: 1.2.0\nsourceURL: https://example.com/audited\nruntimeConfig:\n"
                + "  memory:\n    maxPages: 8\n    maxHttpResponseBytes: 65536\n  timeout: 2000\n"
                + "  allowedHosts: [api.example.com]\n  allowedPaths:\n    ro:data: /data\n    out: /out\n"
                + "  fileSystem:\n    createTempDir: true\n  allowedEnv: [REGION]\n"
                + "  kubernetes: [\"get pods\", \"create configmaps\", \"delete configmaps\"]\n");
        write(dir.resolve("audited/plugin.wasm"), "");
        write(dir.resolve("bare/plugin.yaml"), "apiVersion: v1\nname: bare\ntype: cli/v1\nruntime: extism/v1\n"
                + "version: 0.1.0\nconfig:\n  usage: bare\n");
        write(dir.resolve("bare/plugin.wasm"), "");
        write(dir.resolve("legacy/plugin.yaml"), "name: legacy\nversion: 3.0.0\nusage: legacy\ndescription: d\n"
                + "command: $HELM_PLUGIN_DIR/run.sh\n");
        env = Map.of("HELM_PLUGINS", dir.toString(), "HOME", tmp.toString());
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private String list(String... flags) {
        List<String> args = new ArrayList<>(List.of("plugin", "list"));
        args.addAll(List.of(flags));
        CliBasicsTest.Result r = CliBasicsTest.run(env, args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r.out().replace(tmp.toString(), "ROOT");
    }

    private static void golden(String name, String out) throws IOException {
        Path g = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(g, out);
        }
        assertThat(out).isEqualTo(Files.readString(g, StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultTableIsHelms() throws Exception {
        assertThat(list("-o", "table")).isEqualTo(list());
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed: compared with itself only");
        ProcessBuilder pb = new ProcessBuilder(HelpGoldensTest.HELM4.toString(), "plugin", "list");
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String helm = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(list()).isEqualTo(helm.replace(tmp.toString(), "ROOT"));
    }

    @Test
    void wideAddsTheRuntimeAndTheGrantedCapabilities() throws IOException {
        String wide = list("-o", "wide");
        golden("plugin-list-wide.txt", wide);
        String[] lines = wide.split("\n");
        String[] table = list().split("\n");
        for (int i = 0; i < table.length; i++) { // Helm's columns first, then RUNTIME and CAPABILITIES
            assertThat(lines[i]).startsWith(table[i].stripTrailing());
        }
        assertThat(wide).contains("RUNTIME", "CAPABILITIES", "memory=512KiB", "memory=256KiB(default)",
                "/data:r", "/out:rw", "kube=get pods,create configmaps,delete configmaps", "unsandboxed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonAndYamlGiveTheWholeGrant() throws IOException {
        String json = list("-o", "json");
        String yaml = list("-o", "yaml");
        golden("plugin-list.json", json);
        golden("plugin-list.yaml", yaml);
        List<Object> items = GoYaml.fromJsonArray(json);
        assertThat(GoYaml.load(yaml)).isEqualTo(GoYaml.load(json));
        Map<String, Object> audited = (Map<String, Object>) items.get(0);
        Map<String, Object> caps = (Map<String, Object>) audited.get("capabilities");
        assertThat(caps).containsEntry("sandbox", true).containsEntry("timeoutMillis", 2000.0)
                .containsEntry("tempDir", true).containsEntry("env", List.of("HELM_*", "REGION"))
                .containsEntry("maxHttpResponseBytes", 65536.0);
        assertThat((List<Object>) caps.get("kubernetes")).contains(Map.of("verb", "create", "resource", "configmaps"));
        Map<String, Object> bare = (Map<String, Object>) ((Map<String, Object>) items.get(1)).get("capabilities");
        assertThat((Map<String, Object>) bare.get("memory")).containsEntry("maxPages", 4.0).containsEntry("default", true);
        assertThat(((Map<String, Object>) ((Map<String, Object>) items.get(2)).get("capabilities")))
                .containsEntry("sandbox", false);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliBasicsTest.Result r = CliBasicsTest.run(env, "plugin", "list", "-o", "xml");
        assertThat(r.err()).startsWith("Error: invalid argument \"xml\" for \"-o, --output\" flag: invalid format type");
        assertThat(r.code()).isEqualTo(2);
    }
}
