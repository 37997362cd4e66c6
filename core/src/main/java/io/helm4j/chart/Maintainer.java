package io.helm4j.chart;

/** A Chart.yaml maintainer. */
public record Maintainer(String name, String email, String url) {
}
