package io.helm4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WebAssembly part of the main AOT cache's training ({@link AotTraining}): a {@code postrenderer/v1} plugin on
 * {@code extism/v1} is installed into a temporary Helm home and {@code template CHART --post-renderer} run twice,
 * the first compiling the module into the compiled-classes cache, the second reading it from there as every later
 * command does, so Chicory's parser, validator, WASI, the Extism host layer and the class-loading path of compiled
 * modules are in the cache {@code template} starts with (bench/README.md: a cached WebAssembly post-renderer).
 * The module is the test plugin {@code yupper.wat} of {@code plugin-wasm}, kept here as {@code wat2wasm}'s output
 * ({@code WasmAotTrainingTest} checks they are the same).
 */
final class WasmAotTraining {
    /** {@code wat2wasm plugin-wasm/src/test/resources/io/helm4j/plugin/wasm/yupper.wat}, in Base64. */
    static final String MODULE =
            "AGFzbQEAAAABMQpgAAF+YAF+AX9gAX4BfmACfn8AYAJ+fgBgAX4AYAR/f39/AX9gAABgAn9/AGAAAX8CzgEHD2V4dGlzbTpob3N0" +
            "L2VudgxpbnB1dF9sZW5ndGgAAA9leHRpc206aG9zdC9lbnYNaW5wdXRfbG9hZF91OAABD2V4dGlzbTpob3N0L2VudgVhbGxvYwAC" +
            "D2V4dGlzbTpob3N0L2VudghzdG9yZV91OAADD2V4dGlzbTpob3N0L2VudgpvdXRwdXRfc2V0AAQPZXh0aXNtOmhvc3QvZW52CWVy" +
            "cm9yX3NldAAFFndhc2lfc25hcHNob3RfcHJldmlldzEIZmRfd3JpdGUABgMEAwcICQUDAQABBgYBfwFBAAsHKwMGbWVtb3J5AgAL" +
            "X2luaXRpYWxpemUABxBoZWxtX3BsdWdpbl9tYWluAAkKtQEDBgBBASQACzcCAX4BfyABrRACIQICQANAIAMgAU8NASACIAOtfCAA" +
            "IANqLQAAEAMgA0EBaiEDDAALCyACEAULdAIDfgF/IwBFBEBBwABBGhAIQQEPC0EAQRA2AgBBBEEQNgIAQQFBAEEBQQgQBhoQACEA" +
            "IAAQAiECAkADQCABIABaDQEgARABIQMgA0H5AEYEQEHZACEDCyACIAF8IAMQAyABQgF8IQEMAAsLIAIgABAEQQALCzYCAEEQCxBo" +
            "ZWxsbyBmcm9tIHdhc20KAEHAAAsaX2luaXRpYWxpemUgd2FzIG5vdCBjYWxsZWQ=";

    private WasmAotTraining() {
    }

    static void run(CliContext base, String chart, java.util.function.BiConsumer<CliContext, List<String[]>> runner) {
        Path home;
        try {
            home = Files.createTempDirectory("helm4j-aot-wasm");
        } catch (IOException e) {
            return; // no WebAssembly training then
        }
        try {
            Path plugin = Files.createDirectories(home.resolve("src/training-wasm"));
            Files.write(plugin.resolve("plugin.wasm"), Base64.getDecoder().decode(MODULE));
            Files.writeString(plugin.resolve("plugin.yaml"), "apiVersion: v1\nname: training-wasm\n"
                    + "type: postrenderer/v1\nruntime: extism/v1\nversion: 0.1.0\n");
            Map<String, String> env = new HashMap<>(base.env());
            env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
            env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
            env.put("HELM_DATA_HOME", home.resolve("data").toString());
            env.remove("HELM_PLUGINS");
            CliContext ctx = new CliContext(env, base.userHome(), base.programName());
            String[] render = {"template", "training", chart, "--post-renderer", "training-wasm"};
            runner.accept(ctx, List.<String[]>of(new String[] {"plugin", "install", plugin.toString()}, render,
                    render));
        } catch (IOException e) {
            // no WebAssembly training then
        } finally {
            AotTraining.delete(home);
        }
    }
}
