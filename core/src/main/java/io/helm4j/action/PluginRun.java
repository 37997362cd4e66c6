package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginKube;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.plugin.WasmRuntime;
import java.util.Map;

/**
 * Runs a {@code cli/v1} plugin: a subprocess, or a WebAssembly module on {@code plugin-wasm}, whose granted
 * Kubernetes reads go through the context's client (opened only when the plugin asks).
 */
public final class PluginRun {
    private final ActionContext context;

    public PluginRun(ActionContext context) {
        this.context = java.util.Objects.requireNonNull(context, "context");
    }

    public PluginRunResult run(PluginRunOptions options) {
        Plugin p = options.plugin();
        Map<String, String> env = SubprocessRuntime.environment(p, options.processEnv(), options.helmEnv());
        if (p.metadata().runtime().equals(PluginMetadata.RUNTIME_EXTISM)) {
            WasmRuntime.load(p).runCli(p, options.args(), env, options.io(), PluginKube.of(context::kube));
        } else {
            SubprocessRuntime.runCli(p, options.args(), env, options.io());
        }
        return new PluginRunResult(p.name());
    }
}
