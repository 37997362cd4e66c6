package io.helm4j.values;

import java.nio.file.Path;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;

/** Fixture charts for these tests, read with the SDK's chart loader. */
final class TestCharts {
    private TestCharts() {
    }

    static Path resources() {
        return Path.of("src/test/resources/values");
    }

    static Chart load(String relative) {
        return load(resources().resolve(relative));
    }

    static Chart load(Path dir) {
        return ChartLoader.loadChart(dir);
    }
}
