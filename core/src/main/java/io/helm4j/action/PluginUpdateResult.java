package io.helm4j.action;

import io.helm4j.plugin.Plugin;

/** The plugin updated, as it loads now. */
public record PluginUpdateResult(Plugin plugin) {
}
