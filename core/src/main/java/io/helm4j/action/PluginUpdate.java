package io.helm4j.action;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.vcs.VcsException;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code helm plugin update}, as Helm 4's {@code updatePlugin}: the plugin's directory (its link resolved) must be a
 * Git checkout, which is what {@code plugin install} copies from a repository ({@link PluginVcsInstaller}); it is
 * refused when {@code git diff} shows a change, else fetched and pulled in place ({@code git} prints nothing to the
 * user, as in Helm), reloaded, and its {@code update} hook run. Any other plugin (a linked directory, an unpacked
 * archive) has no source to update from: Helm's {@code cannot get information about plugin source}, with its
 * warning. Every failure reads {@code failed to update plugin NAME, got error (...)}.
 */
public final class PluginUpdate {
    private final HelmSettings settings;
    private final EventSink events;

    public PluginUpdate(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
    }

    public PluginUpdateResult run(PluginUpdateOptions options) {
        Path pluginsDirectory = Path.of(settings.pluginsDirectory());
        events.emit(new Event.Log("DEBUG", "loading installed plugins", java.util.List.of("path",
                pluginsDirectory.toString())));
        Plugin found = Plugins.installed(pluginsDirectory, options.name(), events);
        try {
            return new PluginUpdateResult(update(found, pluginsDirectory, options));
        } catch (PluginException | VcsException e) {
            throw new PluginException(found.name(), "failed to update plugin " + options.name() + ", got error ("
                    + e.getMessage() + ")", e);
        }
    }

    private Plugin update(Plugin found, Path pluginsDirectory, PluginUpdateOptions options) {
        Path location;
        try {
            location = found.dir().toRealPath();
        } catch (IOException e) {
            throw new PluginException(found.name(), "lstat " + found.dir() + ": " + e.getMessage(), e);
        }
        PluginVcsInstaller installer;
        try {
            installer = PluginVcsInstaller.existing(location, pluginsDirectory, options.env(), events);
        } catch (VcsException e) {
            if (!e.cannotDetectVcs()) {
                throw e;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("location", location.toString());
            attrs.put("error", e.getMessage());
            events.emit(new Event.Log("WARN", "cannot get information about plugin source", attrs));
            throw new PluginException(found.name(), "cannot get information about plugin source");
        }
        if (!Files.exists(installer.path())) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("path", installer.path().toString());
            attrs.put("error", "stat " + installer.path() + ": no such file or directory");
            events.emit(new Event.Log("WARN", "plugin does not exist", attrs));
            throw new PluginException(found.name(), "plugin does not exist");
        }
        installer.update();
        events.emit(new Event.Log("DEBUG", "loading plugin", java.util.List.of("path", installer.path().toString())));
        Plugin updated = Plugins.load(installer.path());
        SubprocessRuntime.runHook(updated, "update", options.env(), options.io());
        return updated;
    }
}
