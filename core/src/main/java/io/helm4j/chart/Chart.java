package io.helm4j.chart;

import java.util.List;
import java.util.Map;

/**
 * A loaded chart, as Helm's {@code chart.Chart}: metadata, the raw Chart.lock, templates (every file
 * under {@code templates/}), the default values (parsed values.yaml), the schema bytes, all other
 * files (including {@code crds/}, README, NOTES...), and the subcharts found under {@code charts/}.
 * Immutable; a chart's place in a tree is given by the path walked to it, not a parent pointer.
 */
public record Chart(Metadata metadata, byte[] lock, List<ChartFile> templates, Map<String, Object> values,
        byte[] schema, List<ChartFile> files, List<Chart> dependencies) {

    public String name() {
        return metadata.name();
    }
}
