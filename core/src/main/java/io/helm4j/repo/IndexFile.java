package io.helm4j.repo;

import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartException;
import io.helm4j.chart.Metadata;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's {@code index.yaml} as Helm's {@code repo.LoadIndexFile} reads it: YAML or JSON,
 * entries without metadata given an empty one, entries without {@code apiVersion} taken as v1,
 * invalid entries skipped with a warning, and each chart's versions sorted newest first (versions
 * that are not SemVer last).
 */
public record IndexFile(String apiVersion, Map<String, List<ChartVersion>> entries) {

    public IndexFile {
        Map<String, List<ChartVersion>> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        entries = Collections.unmodifiableMap(copy);
    }

    /** The versions of {@code chart}, newest first; empty when the index does not list it. */
    public List<ChartVersion> versions(String chart) {
        return entries.getOrDefault(chart, List.of());
    }

    /** Where Helm caches the index of the repository {@code name}: {@code <cache>/<name>-index.yaml}. */
    public static Path cachePath(Path repositoryCache, String name) {
        return repositoryCache.resolve(name + "-index.yaml");
    }

    /** Loads the index at {@code path}; skipped entries are reported to {@code events}. */
    public static IndexFile load(Path path, EventSink events) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Helm4jException("open " + path + ": no such file or directory", e);
        } catch (IOException e) {
            throw new Helm4jException("open " + path + ": " + e.getMessage(), e);
        }
        try {
            return parse(new String(data, java.nio.charset.StandardCharsets.UTF_8), path.toString(), events);
        } catch (RuntimeException e) {
            // Helm's LoadIndexFile names the file in every error but a failed read
            throw new Helm4jException("error loading " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads index text; {@code source} names it in warnings. */
    @SuppressWarnings("unchecked")
    public static IndexFile parse(String text, String source, EventSink events) {
        if (text.isEmpty()) {
            throw new Helm4jException("empty index.yaml file");
        }
        Object doc = GoYaml.load(text);
        Map<String, Object> root = doc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, List<ChartVersion>> entries = new LinkedHashMap<>();
        if (root.get("entries") instanceof Map<?, ?> all) {
            for (Map.Entry<?, ?> e : all.entrySet()) {
                String name = String.valueOf(e.getKey());
                List<ChartVersion> versions = new ArrayList<>();
                if (e.getValue() instanceof List<?> list) {
                    // Helm checks the entries last to first, so its warnings come in that order
                    for (int i = list.size() - 1; i >= 0; i--) {
                        ChartVersion v = entry(name, list.get(i), source, events);
                        if (v != null) {
                            versions.add(0, v);
                        }
                    }
                }
                versions.sort(NEWEST_FIRST);
                entries.put(name, versions);
            }
        }
        Object api = root.get("apiVersion");
        if (api == null || String.valueOf(api).isEmpty()) {
            throw new Helm4jException("no API version specified");
        }
        return new IndexFile(String.valueOf(api), entries);
    }

    /** Each chart's versions sorted newest first (a copy). */
    static Map<String, List<ChartVersion>> sorted(Map<String, List<ChartVersion>> entries) {
        Map<String, List<ChartVersion>> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            List<ChartVersion> copy = new ArrayList<>(v);
            copy.sort(NEWEST_FIRST);
            out.put(k, copy);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ChartVersion entry(String name, Object item, String source, EventSink events) {
        if (!(item instanceof Map<?, ?> raw)) {
            events.emit(new Event.Warning("skipping loading invalid entry for chart \"" + name + "\" from " + source
                    + ": empty entry"));
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) raw);
        Object api = m.get("apiVersion");
        if (api == null || String.valueOf(api).isEmpty()) {
            m.put("apiVersion", Metadata.API_VERSION_V1);
        }
        Metadata md;
        try {
            md = Metadata.decode(m);
        } catch (ChartException e) {
            // JFrog repositories strip the alias field; Helm loads such entries anyway
            if (!e.getMessage().startsWith("validation: more than one dependency with name or alias")) {
                events.emit(new Event.Warning("skipping loading invalid entry for chart \"" + name + "\" \""
                        + String.valueOf(m.getOrDefault("version", "")) + "\" from " + source + ": " + e.getMessage()));
                return null;
            }
            md = null;
        }
        if (md == null) {
            return null;
        }
        List<String> urls = new ArrayList<>();
        if (m.get("urls") instanceof List<?> l) {
            l.forEach(u -> urls.add(String.valueOf(u)));
        }
        return new ChartVersion(md, urls, time(m.get("created")), Boolean.TRUE.equals(m.get("removed")),
                m.get("digest") == null ? "" : String.valueOf(m.get("digest")));
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Helm's {@code sort.Reverse(ChartVersions)}: highest SemVer first, unparsable versions last. */
    private static final Comparator<ChartVersion> NEWEST_FIRST = (a, b) -> {
        SemVersion va = semver(a.version());
        SemVersion vb = semver(b.version());
        if (va == null || vb == null) {
            return va == null ? (vb == null ? 0 : 1) : -1;
        }
        return vb.compareTo(va);
    };

    private static SemVersion semver(String v) {
        try {
            return SemVersion.parse(v);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
