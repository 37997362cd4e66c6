package io.helm4j.cli;

import io.helm4j.events.Event;
import io.helm4j.plugin.PluginManifest;
import io.helm4j.plugin.Plugins;
import io.helm4j.settings.HelmPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Helm 4 builds its root command by loading every plugin of {@code $HELM_PLUGINS} ({@code loadCLIPlugins}), so
 * each command, {@code version} and {@code help} included, first warns of a plugin that does not load: one
 * {@code level=WARN msg="failed to load plugin (ignoring)" plugin_yaml=... error=...} line on stderr per broken
 * plugin (none with {@code HELM_NO_PLUGINS=1}); {@code plugin list} and the other plugin commands warn again when
 * they load the plugins themselves. helm4j finds the warnings when it builds its command line and prints them
 * before the command runs (or before a usage error). A directory without a {@code plugin.yaml} below it costs a
 * directory listing and no plugin class.
 */
final class PluginLoadWarnings {
    private PluginLoadWarnings() {
    }

    /** The warnings of the plugins of {@code context} that do not load (usually none). */
    static List<Event> of(CliContext context) {
        if ("1".equals(context.env().get("HELM_NO_PLUGINS"))) {
            return List.of();
        }
        String dirs = context.env().get("HELM_PLUGINS");
        if (dirs == null) {
            dirs = HelmPaths.from(context.env(), context.userHome()).dataPath("plugins").toString();
        }
        List<Event> out = new ArrayList<>();
        for (String d : dirs.split(":", -1)) {
            if (!d.isEmpty() && hasPlugins(Path.of(d))) {
                try {
                    Plugins.loadAll(Path.of(d), e -> {
                        if (e instanceof Event.Log) {
                            out.add(e);
                        }
                    });
                } catch (RuntimeException e) {
                    // two plugins claiming one name: Helm logs "failed to load plugins" at level ERROR and goes on
                    out.add(new Event.Log("ERROR", "failed to load plugins", List.of("error", e.getMessage())));
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when some directory right below {@code dir} holds a {@code plugin.yaml}. */
    private static boolean hasPlugins(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.exists(p.resolve(PluginManifest.FILE_NAME))) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true; // Plugins.loadAll reports it as Helm does
        }
        return false;
    }

    /** Prints the warnings on {@code err} as Helm's default slog handler does. */
    static void print(List<Event> warnings, PrintWriter err) {
        if (warnings.isEmpty()) {
            return;
        }
        var sink = EventPrinter.to(err);
        warnings.forEach(sink::emit);
        err.flush();
    }
}
