package io.helm4j.plugin;

import io.helm4j.events.EventSink;
import io.helm4j.postrender.PostRenderer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Helm 4's post-renderer: a {@code postrenderer/v1} plugin named by {@code --post-renderer}, given the manifests
 * (hooks included, each marked with its file) and {@code --post-renderer-args}. It runs with the process's
 * environment and {@code HELM_PLUGIN_NAME}/{@code HELM_PLUGIN_DIR}, as in Helm; its stderr reaches the user (Helm
 * drops it).
 */
public final class PluginPostRenderer implements PostRenderer {
    private final Plugin plugin;
    private final List<String> args;
    private final Map<String, String> env;
    private final OutputStream stderr;
    private final PluginKube kube;

    private PluginPostRenderer(Plugin plugin, List<String> args, Map<String, String> env, OutputStream stderr,
            PluginKube kube) {
        this.plugin = plugin;
        this.args = List.copyOf(args);
        this.env = Map.copyOf(env);
        this.stderr = stderr;
        this.kube = kube;
    }

    /**
     * This post-renderer with the Kubernetes reads a WebAssembly plugin is granted ({@code runtimeConfig.kubernetes})
     * served through {@code kube}; {@code install} and {@code upgrade} give their cluster, {@code template} none.
     */
    public PluginPostRenderer withKube(PluginKube kube) {
        return new PluginPostRenderer(plugin, args, env, stderr, kube);
    }

    /**
     * The post-renderer plugin {@code name} of {@code pluginsDirectories}, or Helm's {@code plugin: {Name:N
     * Type:postrenderer/v1} not found}; when {@code name} is a path to a file, the error says that Helm 4 takes a
     * plugin's name there, no longer an executable.
     */
    public static PluginPostRenderer find(String pluginsDirectories, String name, List<String> args,
            Map<String, String> processEnv, EventSink events, OutputStream stderr, Path workDir) {
        try {
            Plugin p = Plugins.findOne(pluginsDirectories, name, PluginMetadata.TYPE_POSTRENDERER, events);
            return new PluginPostRenderer(p, args, SubprocessRuntime.environment(p, processEnv, Map.of()), stderr,
                    PluginKube.NONE);
        } catch (PluginException e) {
            if (name.contains("/") || Files.isRegularFile(workDir.resolve(name))) {
                throw new PluginException(name, e.getMessage() + " (Helm 4's --post-renderer names a postrenderer/v1 "
                        + "plugin, not an executable: wrap " + name + " in a plugin whose platformCommand runs it)", e);
            }
            throw e;
        }
    }

    public Plugin plugin() {
        return plugin;
    }

    @Override
    public String run(String renderedManifests) {
        if (plugin.metadata().runtime().equals(PluginMetadata.RUNTIME_EXTISM)) {
            String out = WasmRuntime.load(plugin).postRender(plugin, renderedManifests, args, env,
                    PluginIo.of(OutputStream.nullOutputStream(), stderr), kube);
            if (out.isBlank()) {
                throw new PluginException(plugin.name(), "post-renderer \"" + plugin.name() + "\" produced empty output");
            }
            return out;
        }
        return SubprocessRuntime.postRender(plugin, renderedManifests, args, env, stderr);
    }
}
