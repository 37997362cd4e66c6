package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeConfigException;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads kubeconfig files as client-go's loading rules do. A list ({@code KUBECONFIG=a:b}) is merged
 * in order and the first file to name a cluster, user or context (or to set current-context) wins;
 * files of a list that do not exist are skipped, but a single named file must exist. With no file
 * named, {@code $HOME/.kube/config} is read when present. Relative paths are resolved against the
 * directory of the file that holds them.
 */
public final class KubeConfigLoader {
    private KubeConfigLoader() {
    }

    /** Loads {@code paths} (a KUBECONFIG-style list; empty for the default file). */
    public static KubeConfig load(String paths, Map<String, String> env) {
        List<Path> files = new ArrayList<>();
        boolean explicit = false;
        if (paths == null || paths.isBlank()) {
            Path def = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".kube", "config");
            if (Files.exists(def)) {
                files.add(def);
            }
        } else {
            for (String p : paths.split(File.pathSeparator)) {
                if (!p.isBlank()) {
                    files.add(Path.of(p));
                }
            }
            explicit = files.size() == 1;
        }
        Merged merged = new Merged();
        for (Path f : files) {
            String text = read(f, explicit);
            if (text != null) {
                merge(merged, f, text);
            }
        }
        return new KubeConfig(merged.clusters, merged.users, merged.contexts, merged.current);
    }

    /** Parses one file's text as if it were the only file (paths resolved against {@code dir}). */
    public static KubeConfig parse(String text, Path dir) {
        Merged m = new Merged();
        merge(m, dir.resolve("config"), text);
        return new KubeConfig(m.clusters, m.users, m.contexts, m.current);
    }

    private static final class Merged {
        final Map<String, KubeConfig.Cluster> clusters = new LinkedHashMap<>();
        final Map<String, KubeConfig.User> users = new LinkedHashMap<>();
        final Map<String, KubeConfig.Context> contexts = new LinkedHashMap<>();
        String current = "";
    }

    private static String read(Path f, boolean mustExist) {
        try {
            return Files.readString(f);
        } catch (NoSuchFileException e) {
            if (mustExist) {
                throw new KubeConfigException("stat " + f + ": no such file or directory");
            }
            return null;
        } catch (IOException e) {
            throw new KubeConfigException("error loading config file \"" + f + "\": " + e.getMessage(), e);
        }
    }

    private static void merge(Merged m, Path file, String text) {
        Map<String, Object> doc;
        try {
            doc = GoYaml.loadMap(text);
        } catch (YamlException e) {
            throw new KubeConfigException("error loading config file \"" + file + "\": " + e.getMessage(), e);
        }
        KubeConfigEntries entries = new KubeConfigEntries(file.toAbsolutePath().getParent(), file);
        for (Map<String, Object> e : entries.named(doc, "clusters")) {
            m.clusters.putIfAbsent(entries.name(e), entries.cluster(e));
        }
        for (Map<String, Object> e : entries.named(doc, "users")) {
            m.users.putIfAbsent(entries.name(e), entries.user(e));
        }
        for (Map<String, Object> e : entries.named(doc, "contexts")) {
            m.contexts.putIfAbsent(entries.name(e), entries.context(e));
        }
        if (m.current.isEmpty() && doc.get("current-context") instanceof String s) {
            m.current = s;
        }
    }
}
