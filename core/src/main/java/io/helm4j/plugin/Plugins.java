package io.helm4j.plugin;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding and loading installed plugins as Helm 4 does ({@code LoadDir}, {@code LoadAllDir}, {@code FindPlugins}):
 * every {@code DIR/NAME/plugin.yaml} of each directory of {@code $HELM_PLUGINS} (a list separated by {@code :}),
 * a plugin that does not load skipped with Helm's warning, two plugins of one name an error.
 */
public final class Plugins {
    /** The WebAssembly module of an {@code extism/v1} plugin, in its directory. */
    public static final String WASM_FILE = "plugin.wasm";

    private Plugins() {
    }

    /** The plugin in {@code dir} (named in errors as given), or Helm's error. */
    public static Plugin load(Path dir) {
        Path file = dir.resolve(PluginManifest.FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PluginException(null, "failed to read plugin at \"" + file + "\": open " + file
                    + ": no such file or directory", e);
        } catch (IOException e) {
            throw new PluginException(null, "failed to read plugin at \"" + file + "\": " + e.getMessage(), e);
        }
        PluginMetadata m;
        try {
            m = PluginManifest.parse(text);
        } catch (PluginException e) {
            throw new PluginException(null, "failed to load plugin \"" + dir + "\": " + e.getMessage(), e);
        }
        if (m.runtime().equals(PluginMetadata.RUNTIME_EXTISM) && !Files.exists(dir.resolve(WASM_FILE))) {
            throw new PluginException(m.name(), "wasm binary missing for extism/v1 plugin: \"" + dir.resolve(WASM_FILE)
                    + "\"");
        }
        return new Plugin(dir, m);
    }

    /**
     * Every plugin under {@code baseDir} in name order; one that does not load is reported as Helm's warning and
     * skipped. Two plugins with one name: Helm's {@code two plugins claim the name} error.
     */
    public static List<Plugin> loadAll(Path baseDir, EventSink events) {
        List<Path> dirs = new ArrayList<>();
        if (Files.isDirectory(baseDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(baseDir)) {
                for (Path p : ds) {
                    if (Files.exists(p.resolve(PluginManifest.FILE_NAME))) {
                        dirs.add(p);
                    }
                }
            } catch (IOException e) {
                throw new PluginException(null, "failed to search for plugins in \"" + baseDir.resolve("*")
                        .resolve(PluginManifest.FILE_NAME) + "\": " + e.getMessage(), e);
            }
        }
        dirs.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Plugin> plugins = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        PluginException duplicate = null;
        for (Path dir : dirs) {
            Plugin p;
            try {
                p = load(dir);
            } catch (PluginException e) {
                Map<String, String> attrs = new java.util.LinkedHashMap<>();
                attrs.put("plugin_yaml", dir.resolve(PluginManifest.FILE_NAME).toString());
                attrs.put("error", e.getMessage());
                events.emit(new Event.Log("WARN", "failed to load plugin (ignoring)", attrs));
                continue;
            }
            Path old = names.putIfAbsent(p.name(), p.dir());
            if (old != null && duplicate == null) { // Helm's detectDuplicates, after every plugin was loaded
                duplicate = new PluginException(p.name(), "two plugins claim the name \"" + p.name() + "\" at \""
                        + old + "\" and \"" + p.dir() + "\"");
            }
            plugins.add(p);
        }
        if (duplicate != null) {
            throw duplicate;
        }
        return plugins;
    }

    /**
     * The plugins of every directory of {@code pluginsDirectories} ({@code $HELM_PLUGINS}, separated by
     * {@code :}) with the given name and type (empty: any).
     */
    public static List<Plugin> find(String pluginsDirectories, String name, String type, EventSink events) {
        List<Plugin> found = new ArrayList<>();
        for (String d : pluginsDirectories.split(":", -1)) {
            if (d.isEmpty()) {
                continue;
            }
            for (Plugin p : loadAll(Path.of(d), events)) {
                if ((name.isEmpty() || p.name().equals(name)) && (type.isEmpty() || p.metadata().type().equals(type))) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** The first plugin {@link #find} finds, or Helm's {@code plugin: {Name:N Type:T} not found}. */
    public static Plugin findOne(String pluginsDirectories, String name, String type, EventSink events) {
        List<Plugin> found = find(pluginsDirectories, name, type, events);
        if (found.isEmpty()) {
            throw new PluginException(name, "plugin: {Name:" + name + " Type:" + type + "} not found");
        }
        return found.get(0);
    }

    /** The plugin named {@code name} in {@code baseDir}, or Helm's {@code plugin: NAME not found}. */
    public static Plugin installed(Path baseDir, String name, EventSink events) {
        for (Plugin p : loadAll(baseDir, events)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new PluginException(name, "plugin: " + name + " not found");
    }
}
