package io.helm4j.action;

import io.helm4j.UsageException;
import java.util.Objects;

/**
 * {@code helm show FORMAT CHART}: what to show, the chart reference (a local directory or archive),
 * and for {@code values} an optional JSONPath template (null when not given).
 */
public record ShowOptions(ShowFormat format, String chart, String jsonPath) {
    public ShowOptions {
        Objects.requireNonNull(format, "format");
        if (chart == null || chart.isBlank()) {
            throw new UsageException("a chart is required");
        }
        if (jsonPath != null && jsonPath.isEmpty()) {
            jsonPath = null;
        }
    }

    public static ShowOptions of(ShowFormat format, String chart) {
        return new ShowOptions(format, chart, null);
    }
}
