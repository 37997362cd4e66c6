package io.helm4j.release;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLock;
import io.helm4j.chart.Metadata;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chart as a release record keeps it (Helm's {@code chart.Chart} marshalled to JSON): the top
 * chart only (Helm does not store subcharts), its metadata and lock, templates and other files, the
 * chart's default values and its schema. Where Helm writes {@code null} (no lock, no schema, no
 * templates), the field is null here; an empty list or map is kept apart from null so that a record
 * re-encodes to the same bytes. Times are null for Go's zero time.
 *
 * <p>{@code values} is JSON-shaped (maps, lists, strings, booleans, Doubles as Go decodes numbers)
 * and copied deeply into unmodifiable collections.
 */
public record ReleaseChart(Metadata metadata, ChartLock lock, List<ReleaseFile> templates, Map<String, Object> values,
        byte[] schema, OffsetDateTime schemaModTime, List<ReleaseFile> files, OffsetDateTime modTime) {

    public ReleaseChart {
        templates = Frozen.list(templates);
        values = Frozen.map(values);
        schema = schema == null ? null : schema.clone();
        files = Frozen.list(files);
    }

    /**
     * The release's copy of a loaded chart, as Helm stores its {@code *chart.Chart}: the top chart's
     * metadata, parsed lock, templates, values, schema and files (subcharts are not stored). An empty
     * template or file list is written {@code null}, as Helm's loader leaves those slices nil; the
     * values are taken as given (null is written {@code null}). The loader does not keep modification
     * times yet, so {@code modtime}s are left out and {@code schemamodtime} is Go's zero time.
     */
    public static ReleaseChart of(Chart chart) {
        // Helm's loader sets Values from values.yaml only: a chart without one is recorded "values":null
        boolean noValuesFile = chart.values().isEmpty() && !chart.raw().isEmpty()
                && chart.rawFile("values.yaml") == null;
        return new ReleaseChart(chart.metadata(), ChartLock.of(chart), files(chart.templates()),
                noValuesFile ? null : chart.values(), chart.schema(), null, files(chart.files()), null);
    }

    private static List<ReleaseFile> files(List<ChartFile> files) {
        if (files == null || files.isEmpty()) {
            return null;
        }
        List<ReleaseFile> out = new ArrayList<>(files.size());
        for (ChartFile f : files) {
            out.add(new ReleaseFile(f.name(), f.data(), null));
        }
        return out;
    }

    @Override
    public byte[] schema() {
        return schema == null ? null : schema.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseChart c && Objects.equals(metadata, c.metadata) && Objects.equals(lock, c.lock)
                && Objects.equals(templates, c.templates) && Objects.equals(values, c.values)
                && Arrays.equals(schema, c.schema) && Objects.equals(schemaModTime, c.schemaModTime)
                && Objects.equals(files, c.files) && Objects.equals(modTime, c.modTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, lock, templates, values, Arrays.hashCode(schema), schemaModTime, files, modTime);
    }

    @Override
    public String toString() {
        return "ReleaseChart[" + (metadata == null ? "no metadata" : metadata.name() + "-" + metadata.version()) + "]";
    }
}
