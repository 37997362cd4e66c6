package io.helm4j.action;

import io.helm4j.plugin.Plugin;

/** The plugin installed. */
public record PluginInstallResult(Plugin plugin) {
}
