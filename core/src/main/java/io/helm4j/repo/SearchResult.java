package io.helm4j.repo;

/** One search hit: the chart's name as {@code REPO/CHART}, its score (lower is better) and the version found. */
public record SearchResult(String name, int score, ChartVersion chart) {
}
