package io.helm4j.chart;

import java.util.List;
import java.util.Map;

/**
 * A loaded chart, as Helm's {@code chart.Chart}: metadata, the raw Chart.lock, templates (every file
 * under {@code templates/}), the default values (parsed values.yaml), the schema bytes, all other
 * files (including {@code crds/}, README, NOTES...), the subcharts found under {@code charts/}, and
 * {@code raw}: every file of the chart as read (Helm's {@code Raw}, used by {@code helm show values}).
 * Immutable; a chart's place in a tree is given by the path walked to it, not a parent pointer.
 * Templates and files keep Helm's order: the directory walk's (names sorted per directory) or the
 * archive's entry order. Subcharts are ordered by their directory or archive name under charts/.
 */
public record Chart(Metadata metadata, byte[] lock, List<ChartFile> templates, Map<String, Object> values,
        byte[] schema, List<ChartFile> files, List<Chart> dependencies, List<ChartFile> raw) {

    /** Without the raw files. */
    public Chart(Metadata metadata, byte[] lock, List<ChartFile> templates, Map<String, Object> values,
            byte[] schema, List<ChartFile> files, List<Chart> dependencies) {
        this(metadata, lock, templates, values, schema, files, dependencies, List.of());
    }

    public String name() {
        return metadata.name();
    }

    /** The raw bytes of the chart file {@code name} (e.g. "values.yaml"), or null. */
    public byte[] rawFile(String name) {
        for (ChartFile f : raw) {
            if (f.name().equals(name)) {
                return f.data();
            }
        }
        return null;
    }

    /** This chart with other metadata (raw files kept). */
    public Chart withMetadata(Metadata m) {
        return new Chart(m, lock, templates, values, schema, files, dependencies, raw);
    }

    /** This chart with other default values (raw files kept). */
    public Chart withValues(Map<String, Object> v) {
        return new Chart(metadata, lock, templates, v, schema, files, dependencies, raw);
    }

    /** This chart with other subcharts (raw files kept). */
    public Chart withDependencies(List<Chart> deps) {
        return new Chart(metadata, lock, templates, values, schema, files, List.copyOf(deps), raw);
    }

    /** True for a library chart ({@code type: library}). */
    public boolean isLibrary() {
        return metadata.isLibrary();
    }
}
