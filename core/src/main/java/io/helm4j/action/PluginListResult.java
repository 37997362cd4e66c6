package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import java.util.List;

/** The installed plugins, in Helm's order, each with its provenance status ({@code local dev}, {@code signed}...). */
public record PluginListResult(List<Entry> plugins) {
    public PluginListResult {
        plugins = List.copyOf(plugins);
    }

    public record Entry(Plugin plugin, String provenance) {
    }
}
