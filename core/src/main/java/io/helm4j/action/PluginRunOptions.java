package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginIo;
import java.util.List;
import java.util.Map;

/**
 * A {@code cli/v1} plugin run as a {@code helm4j} subcommand: its arguments (Helm's global flags taken out unless
 * the plugin ignores flags), the process environment and Helm's {@code HELM_*} variables ({@code helm env}) it
 * gets, and the streams it runs with.
 */
public record PluginRunOptions(Plugin plugin, List<String> args, Map<String, String> processEnv,
        Map<String, String> helmEnv, PluginIo io) {
    public PluginRunOptions {
        args = List.copyOf(args);
        processEnv = Map.copyOf(processEnv);
        helmEnv = Map.copyOf(helmEnv);
    }
}
