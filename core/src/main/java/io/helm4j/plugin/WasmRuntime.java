package io.helm4j.plugin;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Helm 4's {@code extism/v1} runtime: a plugin's {@code plugin.wasm} run with the Extism host interface. The
 * implementation lives in the module {@code helm4j-plugin-wasm} and is found through {@link ServiceLoader} only
 * when a WebAssembly plugin runs, so no other command loads a WebAssembly engine.
 */
public interface WasmRuntime {
    /** The implementation in {@code helm4j-plugin-wasm}, tried before {@link ServiceLoader} looks for one. */
    String IMPLEMENTATION = "io.helm4j.plugin.wasm.ChicoryWasmRuntime";

    /** Runs a {@code cli/v1} plugin's entry function with {@code {"extraArgs": [...]}}. */
    void runCli(Plugin plugin, List<String> extraArgs, Map<String, String> env, PluginIo io);

    /** As above, serving the plugin's granted Kubernetes reads ({@code runtimeConfig.kubernetes}) through {@code kube}. */
    default void runCli(Plugin plugin, List<String> extraArgs, Map<String, String> env, PluginIo io, PluginKube kube) {
        runCli(plugin, extraArgs, env, io);
    }

    /**
     * Runs a {@code postrenderer/v1} plugin: the manifests go in as a JSON string ({@code {"manifests": "...",
     * "extraArgs": [...]}}) and come back the same way. (Helm 4 writes its byte buffer, which Go's JSON encoder
     * writes as {@code {}}: the plugin never sees the manifests. helm4j sends them.)
     */
    String postRender(Plugin plugin, String manifests, List<String> extraArgs, Map<String, String> env, PluginIo io);

    /** As above, serving the plugin's granted Kubernetes reads through {@code kube}. */
    default String postRender(Plugin plugin, String manifests, List<String> extraArgs, Map<String, String> env,
            PluginIo io, PluginKube kube) {
        return postRender(plugin, manifests, extraArgs, env, io);
    }

    /**
     * Runs the plugin's entry function on {@code inputJson} (the JSON message of its type, as Helm builds it) and
     * returns its output; a failure names the plugin and, when the sandbox stopped it, the capability.
     */
    String invoke(Plugin plugin, String inputJson, Map<String, String> env, PluginIo io);

    /** As above, serving the plugin's granted Kubernetes reads through {@code kube}. */
    default String invoke(Plugin plugin, String inputJson, Map<String, String> env, PluginIo io, PluginKube kube) {
        return invoke(plugin, inputJson, env, io);
    }

    /** The implementation on the class path, or an error naming the plugin and the missing module. */
    static WasmRuntime load(Plugin plugin) {
        // helm4j's own runtime by its name first: ServiceLoader opens every jar of the class path to look for
        // providers, about 15 ms of a cold command whose classes all come from the AOT cache (bench/README.md)
        try {
            return (WasmRuntime) Class.forName(IMPLEMENTATION, true, WasmRuntime.class.getClassLoader())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // not there (or not usable): any other implementation on the class path
        }
        return ServiceLoader.load(WasmRuntime.class, WasmRuntime.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new PluginException(plugin.name(), "plugin \"" + plugin.name()
                        + "\": the extism/v1 runtime is not on the class path (add the helm4j-plugin-wasm module)"));
    }
}
