package io.helm4j.action;

import io.helm4j.chart.ChartLock;

/** What a dependency build did: the lock it built from (or, with no lock file, the one the update wrote). */
public record DependencyBuildResult(ChartLock lock) {
}
