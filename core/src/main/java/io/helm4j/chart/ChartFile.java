package io.helm4j.chart;

import java.nio.charset.StandardCharsets;

/** One file of a chart: its path relative to the chart root, with forward slashes, and its bytes. */
public record ChartFile(String name, byte[] data) {
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
