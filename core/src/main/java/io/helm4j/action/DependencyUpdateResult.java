package io.helm4j.action;

import io.helm4j.chart.ChartLock;

/** What a dependency update did: the lock it wrote (null: the lock was up to date, or nothing is declared). */
public record DependencyUpdateResult(ChartLock lock) {
}
