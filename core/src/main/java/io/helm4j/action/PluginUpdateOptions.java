package io.helm4j.action;

import io.helm4j.plugin.PluginIo;
import java.util.Map;

/** {@code helm plugin update NAME}: {@code env} and {@code io} for {@code git} and the plugin's {@code update} hook. */
public record PluginUpdateOptions(String name, Map<String, String> env, PluginIo io) {
    public PluginUpdateOptions {
        env = Map.copyOf(env);
    }
}
