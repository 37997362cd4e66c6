package io.helm4j.action;

import io.helm4j.plugin.PluginIo;
import java.util.Map;

/** {@code helm plugin uninstall NAME}: {@code env} and {@code io} for the plugin's {@code delete} hook. */
public record PluginUninstallOptions(String name, Map<String, String> env, PluginIo io) {
    public PluginUninstallOptions {
        env = Map.copyOf(env);
    }
}
