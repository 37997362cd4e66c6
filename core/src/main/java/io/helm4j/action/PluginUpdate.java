package io.helm4j.action;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code helm plugin update}: a plugin installed from a Git repository is pulled ({@code git pull}), then
 * reloaded and its {@code update} hook run. Any other plugin (a linked directory, an unpacked archive) has no
 * source to update from: Helm's {@code cannot get information about plugin source}, with its warning.
 */
public final class PluginUpdate {
    private final HelmSettings settings;
    private final EventSink events;

    public PluginUpdate(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
    }

    public PluginUpdateResult run(PluginUpdateOptions options) {
        Plugin found = Plugins.installed(Path.of(settings.pluginsDirectory()), options.name(), events);
        String failed = "failed to update plugin " + found.name() + ", got error (";
        Path location;
        try {
            location = found.dir().toRealPath();
        } catch (IOException e) {
            throw new PluginException(found.name(), failed + e.getMessage() + ")", e);
        }
        if (!Files.isDirectory(location.resolve(".git"))) {
            Map<String, String> attrs = new java.util.LinkedHashMap<>();
            attrs.put("location", location.toString());
            attrs.put("error", "Cannot detect VCS");
            events.emit(new Event.Log("WARN", "cannot get information about plugin source", attrs));
            throw new PluginException(found.name(), failed + "cannot get information about plugin source)");
        }
        Plugin git = new Plugin(location, found.metadata());
        Map<String, String> env = SubprocessRuntime.environment(git, options.env(), Map.of());
        int exit = runGit(git, List.of("git", "-C", location.toString(), "pull", "--ff-only"), env, options);
        if (exit != 0) {
            throw new PluginException(found.name(), failed + "git pull exited with status " + exit + ")");
        }
        Plugin updated;
        try {
            updated = Plugins.load(found.dir());
            SubprocessRuntime.runHook(updated, "update", options.env(), options.io());
        } catch (PluginException e) {
            throw new PluginException(found.name(), failed + e.getMessage() + ")", e);
        }
        return new PluginUpdateResult(updated);
    }

    private static int runGit(Plugin p, List<String> cmd, Map<String, String> env, PluginUpdateOptions options) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process proc = pb.start();
            proc.getInputStream().transferTo(options.io().stderr());
            return proc.waitFor();
        } catch (IOException e) {
            throw new PluginException(p.name(), "failed to update plugin " + p.name() + ", got error (" + e.getMessage()
                    + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException(p.name(), "interrupted", e);
        }
    }
}
