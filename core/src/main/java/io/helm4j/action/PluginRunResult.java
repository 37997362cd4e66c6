package io.helm4j.action;

/** A plugin that ran and exited zero (a non-zero exit is a {@link io.helm4j.plugin.PluginException}). */
public record PluginRunResult(String plugin) {
}
