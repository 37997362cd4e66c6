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

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder; {@link #build()} rejects a JSONPath for anything but {@code values}. */
    public static final class Builder {
        private ShowFormat format = ShowFormat.ALL;
        private String chart;
        private String jsonPath;

        public Builder format(ShowFormat v) { format = v; return this; }
        public Builder chart(String v) { chart = v; return this; }
        public Builder jsonPath(String v) { jsonPath = v; return this; }

        public ShowOptions build() {
            if (jsonPath != null && !jsonPath.isEmpty() && format != ShowFormat.VALUES) {
                throw new UsageException("a JSONPath template applies to \"show values\" only");
            }
            return new ShowOptions(format, chart, jsonPath);
        }
    }
}
