package io.helm4j.lint;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Dependency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Helm's dependency rules ({@code rules.Dependencies}): the chart loads, and the subcharts in
 * charts/ and the dependencies in Chart.yaml name each other. Reported against the chart's
 * absolute directory, as Helm does.
 */
final class DependencyRules {
    private DependencyRules() {
    }

    static void lint(Linter linter) {
        Chart c;
        try {
            c = ChartLoader.create().loadDirectory(linter.chartDir());
        } catch (Helm4jException e) {
            linter.run(Severity.ERROR, "", "unable to load chart\n\t" + e.getMessage());
            return;
        }
        String path = linter.chartDir().toString();
        linter.run(Severity.ERROR, path, inMetadata(c));
        linter.run(Severity.ERROR, path, unique(c));
        linter.run(Severity.WARNING, path, inChartsDir(c));
    }

    private static List<Dependency> declared(Chart c) {
        List<Dependency> deps = c.metadata().dependencies();
        return deps == null ? List.of() : deps.stream().filter(d -> d != null).toList();
    }

    static String inChartsDir(Chart c) {
        Set<String> present = new HashSet<>();
        for (Chart d : c.dependencies()) {
            present.add(d.name());
        }
        List<String> missing = new ArrayList<>();
        for (Dependency d : declared(c)) {
            if (!present.contains(d.name())) {
                missing.add(d.name());
            }
        }
        return missing.isEmpty() ? null : "chart directory is missing these dependencies: " + String.join(",", missing);
    }

    static String inMetadata(Chart c) {
        Set<String> declared = new HashSet<>();
        for (Dependency d : declared(c)) {
            declared.add(d.name());
        }
        List<String> missing = new ArrayList<>();
        for (Chart d : c.dependencies()) {
            if (!declared.contains(d.name())) {
                missing.add(d.name());
            }
        }
        return missing.isEmpty() ? null : "chart metadata is missing these dependencies: " + String.join(",", missing);
    }

    static String unique(Chart c) {
        Set<String> seen = new HashSet<>();
        List<String> shadowing = new ArrayList<>();
        for (Dependency d : declared(c)) {
            String key = d.alias() != null && !d.alias().isEmpty() ? d.alias() : d.name();
            if (!seen.add(key)) {
                shadowing.add(key);
            }
        }
        return shadowing.isEmpty() ? null
                : "multiple dependencies with name or alias: " + String.join(",", shadowing);
    }
}
