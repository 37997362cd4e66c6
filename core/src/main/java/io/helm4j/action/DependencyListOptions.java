package io.helm4j.action;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code helm dependency list [CHART]}: the chart directory or archive ({@code "."} when none is
 * given). The path is kept as given, since Helm names it so in its warnings.
 */
public record DependencyListOptions(Path chart) {
    public DependencyListOptions {
        Objects.requireNonNull(chart, "chart");
        if (chart.toString().isEmpty()) {
            chart = Path.of(".");
        }
    }

    public static DependencyListOptions of(Path chart) {
        return new DependencyListOptions(chart);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder; the chart defaults to {@code "."}. */
    public static final class Builder {
        private Path chart = Path.of(".");

        public Builder chart(Path v) { chart = v; return this; }

        public DependencyListOptions build() {
            return new DependencyListOptions(chart);
        }
    }
}
