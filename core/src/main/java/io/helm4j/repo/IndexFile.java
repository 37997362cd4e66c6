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
        try {
            // chart by chart from the file when it has the usual shape: no whole document in memory
            Digested d = IndexStream.digest(path, path.toString(), events);
            if (d != null) {
                if (!d.warned()) {
                    IndexSidecar.write(path, d);
                    IndexFile index = IndexSidecar.read(path, path.toString(), EventSink.discard());
                    if (index != null) {
                        return index;
                    }
                }
                return decode(parseRaw(new String(Files.readAllBytes(path),
                        java.nio.charset.StandardCharsets.UTF_8)), path.toString(), EventSink.discard());
            }
        } catch (IOException e) {
            // read again below, which reports it as Helm does
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
            Digested d = digest(parseRaw(new String(data, java.nio.charset.StandardCharsets.UTF_8)), path.toString(),
                    events);
            if (!d.warned()) {
                IndexSidecar.write(path, d);
            }
            return d.index();
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

    /**
     * An index decoded and made ready for its pre-digested form at once: every chart's versions ({@link #index}),
     * each chart's raw entries as JSON ({@link #json}, in {@link #names}' order) and whether any entry was skipped
     * with a warning.
     */
    record Digested(IndexFile index, String apiVersion, List<String> names, List<byte[]> json, boolean warned) {
    }

    /**
     * {@link #decode} and the JSON of each chart, chart by chart on the common pool (each chart is independent: a
     * large index's decode and JSON are most of its cost after the parse); the warnings are collected per chart
     * and emitted afterwards in the order a sequential decode emits them.
     */
    static Digested digest(Raw raw, String source, EventSink events) {
        return digest(raw, source, events, true);
    }

    /**
     * {@link #digest(Raw, String, EventSink)}; without {@code keep} the decoded versions are only checked, not kept
     * ({@link Digested#index} is null): a large index's decoded versions are most of its memory.
     */
    static Digested digest(Raw raw, String source, EventSink events, boolean keep) {
        List<String> names = List.copyOf(raw.entries().keySet());
        int n = names.size();
        @SuppressWarnings("unchecked")
        List<ChartVersion>[] versions = new List[n];
        byte[][] json = new byte[n][];
        @SuppressWarnings("unchecked")
        List<Event>[] warnings = new List[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            String name = names.get(i);
            Object list = raw.entries().get(name);
            List<Event> w = new ArrayList<>(0);
            List<ChartVersion> decoded = versions(name, list, source, w::add);
            versions[i] = keep ? decoded : null;
            warnings[i] = w;
            json[i] = GoYaml.toJson(list).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
        boolean warned = false;
        Map<String, List<ChartVersion>> entries = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (Event e : warnings[i]) {
                warned = true;
                events.emit(e);
            }
            if (keep) {
                entries.put(names.get(i), versions[i]);
            }
        }
        return new Digested(keep ? new IndexFile(raw.apiVersion(), entries) : null, raw.apiVersion(), names,
                java.util.Arrays.asList(json), warned);
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
        String text = String.valueOf(value);
        OffsetDateTime fast = rfc3339(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The usual shape of {@code created}, {@code 2006-01-02T15:04:05.999999999Z07:00}, read by hand (null for any
     * other: {@link OffsetDateTime#parse} reads it): the ISO parser's first use sets up its formatter and field
     * resolution, about 5% of a cold {@code dependency update} that decodes a few versions (bench/README.md).
     */
    static OffsetDateTime rfc3339(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int i = 19;
        int nano = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            int len = i - start;
            if (len < 1 || len > 9) {
                return null;
            }
            nano = digits(t, start, len);
            for (int k = len; k < 9; k++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nano < 0 || i >= n) {
            return null;
        }
        java.time.ZoneOffset offset;
        char z = t.charAt(i);
        if (z == 'Z' && i + 1 == n) {
            offset = java.time.ZoneOffset.UTC;
        } else if ((z == '+' || z == '-') && i + 6 == n && t.charAt(i + 3) == ':') {
            int oh = digits(t, i + 1, 2);
            int om = digits(t, i + 4, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            offset = java.time.ZoneOffset.ofHoursMinutes(z == '-' ? -oh : oh, z == '-' ? -om : om);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code len} characters at {@code off}, or -1. */
    private static int digits(String t, int off, int len) {
        int v = 0;
        for (int i = off; i < off + len; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
