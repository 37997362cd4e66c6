package io.helm4j.action;

import io.helm4j.events.EventSink;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code helm plugin uninstall}: the plugin's directory (or link) under {@code $HELM_PLUGINS} is removed with its
 * kept {@code NAME-VERSION.tgz} and {@code .prov}, then its {@code delete} hook runs, as in Helm 4.
 */
public final class PluginUninstall {
    private final HelmSettings settings;
    private final EventSink events;

    public PluginUninstall(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
    }

    public PluginUninstallResult run(PluginUninstallOptions options) {
        Path dir = Path.of(settings.pluginsDirectory());
        Plugin found = Plugins.installed(dir, options.name(), events);
        try {
            PluginInstall.deleteTree(found.dir());
            if (!found.metadata().version().isEmpty()) {
                Path tgz = dir.resolve(found.name() + "-" + found.metadata().version() + ".tgz");
                Files.deleteIfExists(tgz);
                Files.deleteIfExists(Path.of(tgz + ".prov"));
            }
        } catch (IOException e) {
            throw new PluginException(found.name(), "failed to uninstall plugin " + found.name() + ", got error ("
                    + e.getMessage() + ")", e);
        }
        try {
            SubprocessRuntime.runHook(found, "delete", options.env(), options.io());
        } catch (PluginException e) {
            throw new PluginException(found.name(), "failed to uninstall plugin " + found.name() + ", got error ("
                    + e.getMessage() + ")", e);
        }
        return new PluginUninstallResult(found);
    }
}
