package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox seen from the command line: {@code plugin show} lists each plugin's granted capabilities (with
 * helm4j's defaults; a subprocess plugin says it has no sandbox), and a WebAssembly {@code cli/v1} plugin reaching
 * past its grant fails the command with one line naming it and the capability. Skipped without {@code wat2wasm}.
 */
class PluginSandboxCliTest {
    static final Path WAT = Path.of("../plugin-wasm/src/test/resources/io/helm4j/plugin/wasm");

    @TempDir
    Path tmp;

    private Path wasmPlugin(Path plugins, String wat, String name, String runtimeConfig) throws Exception {
        Path wat2wasm = Path.of("/usr/bin/wat2wasm");
        assumeTrue(Files.isExecutable(wat2wasm), "wat2wasm (Debian's wabt) is not installed: skipped");
        Path dir = Files.createDirectories(plugins.resolve(name));
        Files.writeString(dir.resolve("plugin.yaml"), "apiVersion: v1\nname: " + name + "\ntype: cli/v1\n"
                + "runtime: extism/v1\nversion: 0.1.0\nconfig:\n  usage: " + name + "\nruntimeConfig:\n" + runtimeConfig);
        Process p = new ProcessBuilder(wat2wasm.toString(), WAT.resolve(wat + ".wat").toAbsolutePath().toString(),
                "-o", dir.resolve("plugin.wasm").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return dir;
    }

    @Test
    void showListsEachPluginsGrants() throws Exception {
        Path plugins = tmp.resolve("plugins");
        Path data = Files.createDirectories(tmp.resolve("data"));
        wasmPlugin(plugins, "files", "files", "  memory:\n    maxPages: 8\n  timeout: 2000\n  allowedHosts: [example.com]\n"
                + "  allowedPaths:\n    \"ro:" + data + "\": /data\n  fileSystem:\n    createTempDir: true\n"
                + "  allowedEnv: [AWS_REGION]\n");
        Path sub = Files.createDirectories(plugins.resolve("sub"));
        Files.writeString(sub.resolve("plugin.yaml"), "name: sub\nversion: 0.1.0\nusage: sub\ncommand: echo\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of("HELM_PLUGINS", plugins.toString()), "plugin", "show");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                NAME: files
                VERSION: 0.1.0
                TYPE: cli/v1
                RUNTIME: extism/v1
                PROVENANCE: unknown
                CAPABILITIES:
                  memory:         8 pages of 64 KiB (512 KiB) per memory, Extism's included
                  time:           2000 ms per call
                  hosts:          example.com (HTTP answers up to 4096 bytes)
                  files:          /data = %s (read-only), /tmp = a new temporary directory per call (read-write)
                  environment:    HELM_* and AWS_REGION
                  vars:           up to 4096 bytes
                  host functions: none
                  kubernetes:     none

                NAME: sub
                VERSION: 0.1.0
                TYPE: cli/v1
                RUNTIME: subprocess
                PROVENANCE: unknown
                CAPABILITIES:
                  sandbox:        none: a subprocess runs with the user's rights (every file, host, environment \
                variable and credential the user has)
                """.formatted(data));
        CliBasicsTest.Result one = CliBasicsTest.run(Map.of("HELM_PLUGINS", plugins.toString()), "plugin", "show",
                "sub", "nope");
        assertThat(one.code()).isEqualTo(1);
        assertThat(one.err()).isEqualTo("Error: plugin: nope not found\n");
    }

    @Test
    void aPluginReachingPastItsGrantFailsTheCommandInOneLine() throws Exception {
        Path plugins = tmp.resolve("plugins");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve("kubeconfig"), "SECRET");
        wasmPlugin(plugins, "files", "files", "  allowedPaths:\n    \"ro:" + data + "\": /data\n  config:\n"
                + "    path: ../kubeconfig\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of("HELM_PLUGINS", plugins.toString()), "files");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("SECRET");
        assertThat(r.err()).isEqualTo("Error: plugin \"files\": fileSystem: reading /data/../kubeconfig is outside "
                + "its paths (runtimeConfig.allowedPaths: /data (read-only))\n");
    }
}
