package io.helm4j.chart;

import java.util.List;

/**
 * A dependency as declared in Chart.yaml (or requirements.yaml for apiVersion v1).
 * {@code importValues} holds strings and {@code {child, parent}} maps as written.
 */
public record Dependency(String name, String version, String repository, String condition, List<String> tags,
        Boolean enabled, List<Object> importValues, String alias) {
}
