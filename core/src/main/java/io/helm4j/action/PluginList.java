package io.helm4j.action;

import io.helm4j.events.EventSink;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginProvenance;
import io.helm4j.plugin.Plugins;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code helm plugin list}: the plugins of {@code $HELM_PLUGINS}; one that does not load is a warning event. */
public final class PluginList {
    private final HelmSettings settings;
    private final EventSink events;

    public PluginList(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
    }

    public PluginListResult run(PluginListOptions options) {
        Path dataPlugins = settings.paths().dataPath("plugins");
        List<PluginListResult.Entry> out = new ArrayList<>();
        for (Plugin p : Plugins.find(settings.pluginsDirectory(), "", options.type(), events)) {
            out.add(new PluginListResult.Entry(p, PluginProvenance.status(p.metadata(), dataPlugins)));
        }
        return new PluginListResult(out);
    }
}
