package io.helm4j.action;

import io.helm4j.plugin.Plugin;

/** The plugin removed. */
public record PluginUninstallResult(Plugin plugin) {
}
