package io.helm4j.chart;

import java.util.List;
import java.util.Map;

/** Chart.yaml, field for field as Helm's {@code chart.Metadata}. Absent fields are null (lists and maps may be empty). */
public record Metadata(String apiVersion, String name, String home, List<String> sources, String version,
        String description, List<String> keywords, List<Maintainer> maintainers, String icon, String appVersion,
        boolean deprecated, Map<String, String> annotations, String kubeVersion, List<Dependency> dependencies,
        String type) {
}
