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
        if (!(entries instanceof LazyEntries)) {
            Map<String, List<ChartVersion>> copy = new LinkedHashMap<>();
            entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            entries = Collections.unmodifiableMap(copy);
        }
    }

    /** An index as parsed, before decoding: its apiVersion and each chart's raw entries. */
    record Raw(String apiVersion, Map<String, Object> entries) {
    }

    /** The versions of {@code chart}, newest first; empty when the index does not list it. */
    public List<ChartVersion> versions(String chart) {
        return entries.getOrDefault(chart, List.of());
    }

    /** Where Helm caches the index of the repository {@code name}: {@code <cache>/<name>-index.yaml}. */
    public static Path cachePath(Path repositoryCache, String name) {
        return repositoryCache.resolve(name + "-index.yaml");
    }

    /** helm4j's pre-digested form of the cached index of {@code name} (removed with the repository). */
    public static Path digestedPath(Path repositoryCache, String name) {
        return IndexSidecar.of(cachePath(repositoryCache, name));
    }

    /**
     * Loads the index at {@code path}; skipped entries are reported to {@code events}. A cached index is read
     * from its pre-digested form when that matches the file ({@code .NAME-index.h4j}: only the charts looked at are
     * decoded); otherwise the YAML is parsed and the form written for the next command.
     */
    public static IndexFile load(Path path, EventSink events) {
        IndexFile digested = IndexSidecar.read(path, path.toString(), events);
        if (digested != null) {
            return digested;
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Helm4jException("open " + path + ": no such file or directory", e);
        } catch (IOException e) {
            throw new Helm4jException("open " + path + ": " + e.getMessage(), e);
        }
        try {
            Raw raw = parseRaw(new String(data, java.nio.charset.StandardCharsets.UTF_8));
            boolean[] warned = {false};
            IndexFile index = decode(raw, path.toString(), e -> {
                warned[0] = true;
                events.emit(e);
            });
            if (!warned[0]) {
                IndexSidecar.write(path, raw);
            }
            return index;
        } catch (RuntimeException e) {
            // Helm's LoadIndexFile names the file in every error but a failed read
            throw new Helm4jException("error loading " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads index text; {@code source} names it in warnings. */
    public static IndexFile parse(String text, String source, EventSink events) {
        return decode(parseRaw(text), source, events);
    }

    /** Parses index text into its raw entries, checking what Helm checks of the whole file (not empty, an apiVersion). */
    @SuppressWarnings("unchecked")
    static Raw parseRaw(String text) {
        if (text.isEmpty()) {
            throw new Helm4jException("empty index.yaml file");
        }
        Object doc = GoYaml.load(text);
        Map<String, Object> root = doc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> entries = new LinkedHashMap<>();
        if (root.get("entries") instanceof Map<?, ?> all) {
            all.forEach((k, v) -> entries.put(String.valueOf(k), v));
        }
        Object api = root.get("apiVersion");
        if (api == null || String.valueOf(api).isEmpty()) {
            throw new Helm4jException("no API version specified");
        }
        return new Raw(String.valueOf(api), entries);
    }

    /** Decodes every chart's entries. */
    static IndexFile decode(Raw raw, String source, EventSink events) {
        Map<String, List<ChartVersion>> entries = new LinkedHashMap<>();
        raw.entries().forEach((name, list) -> entries.put(name, versions(name, list, source, events)));
        return new IndexFile(raw.apiVersion(), entries);
    }

    /** One chart's raw entries decoded as Helm decodes them, newest first; invalid entries skipped with a warning. */
    static List<ChartVersion> versions(String name, Object rawList, String source, EventSink events) {
        List<ChartVersion> versions = new ArrayList<>();
        if (rawList instanceof List<?> list) {
            // Helm checks the entries last to first, so its warnings come in that order
            for (int i = list.size() - 1; i >= 0; i--) {
                ChartVersion v = entry(name, list.get(i), source, events);
                if (v != null) {
                    versions.add(0, v);
                }
            }
        }
        versions.sort(NEWEST_FIRST);
        return versions;
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
