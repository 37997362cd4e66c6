package io.helm4j.repo;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Metadata;
import io.helm4j.chart.MetadataObject;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Helm's {@code repo.IndexDirectory} and the index writing of {@code helm repo index}: every chart
 * archive in a directory and its immediate subdirectories, with its SHA-256 digest, its URL (the base URL
 * joined with the archive's directory and name) and a creation time from the clock; {@link #merge}
 * keeps an older index's versions that the new one lacks; {@link #toYaml}/{@link #toJson} write it as Helm.
 */
public final class IndexBuilder {
    private final Map<String, List<ChartVersion>> entries = new TreeMap<>();
    private final OffsetDateTime generated;

    private IndexBuilder(OffsetDateTime generated) {
        this.generated = generated;
    }

    /** An empty index generated now. */
    public static IndexBuilder empty(Clock clock) {
        return new IndexBuilder(now(clock));
    }

    /** Indexes the archives under {@code dir}; archives that do not load as charts are skipped. */
    public static IndexBuilder fromDirectory(Path dir, String baseUrl, ChartLoader loader, Clock clock) {
        IndexBuilder b = empty(clock);
        for (Path archive : archives(dir)) {
            Chart chart;
            try {
                chart = loader.load(archive);
            } catch (RuntimeException e) {
                continue; // Helm: "Assume this is not a chart."
            }
            Path rel = dir.relativize(archive);
            String parent = rel.getParent() == null ? "" : rel.getParent().toString();
            String parentUrl = UrlJoin.join(baseUrl, parent);
            String file = rel.getFileName().toString();
            String url = parentUrl.isEmpty() ? rel.toString() : UrlJoin.join(parentUrl, file);
            b.add(chart.metadata(), url, Sha256.hex(archive), now(clock));
        }
        return b;
    }

    private void add(Metadata md, String url, String digest, OffsetDateTime created) {
        entries.computeIfAbsent(md.name(), k -> new ArrayList<>())
                .add(new ChartVersion(md, List.of(url), created, false, digest));
    }

    /** Helm's {@code IndexFile.Merge}: appends each version of {@code older} that this index does not have. */
    public IndexBuilder merge(IndexFile older) {
        for (List<ChartVersion> versions : older.entries().values()) {
            for (ChartVersion v : versions) {
                if (!has(v.metadata().name(), v.version())) {
                    entries.computeIfAbsent(v.metadata().name(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        return this;
    }

    private boolean has(String name, String version) {
        return entries.getOrDefault(name, List.of()).stream().anyMatch(v -> v.version().equals(version));
    }

    /** The index, each chart's versions newest first (Helm's {@code SortEntries}). */
    public IndexFile index() {
        return new IndexFile("v1", IndexFile.sorted(entries));
    }

    /** sigs.k8s.io/yaml's form of the index, as {@code IndexFile.WriteFile} writes it. */
    public String toYaml() {
        return GoYaml.toYaml(document());
    }

    /** {@code json.MarshalIndent(i, "", "  ")}, as {@code IndexFile.WriteJSONFile} writes it. */
    public String toJson() {
        return OrderedJson.indent(document());
    }

    private Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "v1");
        doc.put("generated", goTime(generated));
        Map<String, Object> all = new TreeMap<>();
        index().entries().forEach((name, versions) -> {
            List<Object> list = new ArrayList<>();
            versions.forEach(v -> list.add(versionMap(v)));
            all.put(name, list);
        });
        doc.put("entries", all);
        return doc;
    }

    private static Map<String, Object> versionMap(ChartVersion v) {
        Map<String, Object> m = MetadataObject.of(v.metadata()).toJsonMap();
        if (m.get("annotations") instanceof Map<?, ?> a) {
            m.put("annotations", new TreeMap<>(a)); // a Go map: its keys sorted
        }
        m.put("urls", new ArrayList<>(v.urls()));
        m.put("created", v.created() == null ? RepoFile.ZERO_TIME : goTime(v.created()));
        if (v.removed()) {
            m.put("removed", true);
        }
        if (!v.digest().isEmpty()) {
            m.put("digest", v.digest());
        }
        return m;
    }

    /** Writes the index to {@code out} (0644, through a temporary file), as YAML or as JSON. */
    public void write(Path out, boolean json) {
        AtomicFiles.write(out, (json ? toJson() : toYaml()).getBytes(StandardCharsets.UTF_8), "rw-r--r--");
    }

    /** Go's RFC 3339 with nanoseconds, trailing zeros of the fraction dropped, {@code Z} for UTC. */
    static String goTime(OffsetDateTime t) {
        StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
        if (t.getNano() != 0) {
            String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
            s.append('.').append(frac);
        }
        s.append(t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId());
        return s.toString();
    }

    private static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), clock.getZone());
    }

    /** Go's {@code filepath.Glob(dir/*.tgz)} then {@code Glob(dir/**}{@code /*.tgz)} (one level), each sorted. */
    private static List<Path> archives(Path dir) {
        List<Path> out = new ArrayList<>(tgz(dir));
        for (Path sub : list(dir)) {
            if (Files.isDirectory(sub)) {
                out.addAll(tgz(sub));
            }
        }
        return out;
    }

    private static List<Path> tgz(Path dir) {
        return list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".tgz") && Files.isRegularFile(p))
                .toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new Helm4jException("open " + dir + ": " + e.getMessage(), e);
        }
    }
}
