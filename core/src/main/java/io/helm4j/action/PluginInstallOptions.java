package io.helm4j.action;

import io.helm4j.plugin.PluginIo;
import java.util.Map;

/**
 * {@code helm plugin install SOURCE}: a plugin directory (linked, for development) or a {@code .tgz} archive
 * (unpacked), verified against its {@code .prov} unless {@code verify} is false. {@code env} is the process
 * environment the plugin's {@code install} hook runs with, and {@code io} its streams.
 */
public record PluginInstallOptions(String source, String version, boolean verify, String keyring,
        Map<String, String> env, PluginIo io) {
    public PluginInstallOptions {
        env = Map.copyOf(env);
    }
}
