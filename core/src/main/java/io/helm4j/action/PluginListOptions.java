package io.helm4j.action;

/** {@code helm plugin list}: only plugins of {@code type} ({@code --type}; empty: all). */
public record PluginListOptions(String type) {
    public PluginListOptions {
        type = type == null ? "" : type;
    }
}
