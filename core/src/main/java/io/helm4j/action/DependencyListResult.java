package io.helm4j.action;

import java.util.List;

/**
 * What {@code helm dependency list} reports: the chart path as given, whether Chart.yaml declares any
 * dependencies, one row per declared dependency, and the warnings about what {@code charts/} holds
 * that Chart.yaml does not declare (Helm prints these on standard output, after the table).
 */
public record DependencyListResult(String chartPath, boolean declared, List<DependencyStatus> rows,
        List<String> warnings) {
    public DependencyListResult {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
