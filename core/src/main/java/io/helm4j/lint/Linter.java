package io.helm4j.lint;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one chart's lint run; Helm's {@code support.Linter}. */
final class Linter {
    private final Path chartDir;
    private final List<LintMessage> messages = new ArrayList<>();
    private Chart chart;
    private String loadError;

    Linter(Path chartDir) {
        this.chartDir = chartDir;
    }

    Path chartDir() {
        return chartDir;
    }

    /** Records {@code error} (when not null) at {@code severity}; true when the rule passed. */
    boolean run(Severity severity, String path, String error) {
        if (error == null) {
            return true;
        }
        messages.add(new LintMessage(severity, path, error));
        return false;
    }

    /**
     * The chart, loaded once for every rule that needs it. When it does not load, the error is
     * recorded at {@code path} (each rule reports it at its own place, as Helm's rules do) and the
     * result is null.
     */
    Chart chart(String path) {
        if (chart == null && loadError == null) {
            try {
                chart = ChartLoader.create().load(chartDir);
            } catch (Helm4jException e) {
                loadError = e.getMessage();
            }
        }
        if (loadError != null) {
            run(Severity.ERROR, path, loadError);
        }
        return chart;
    }

    LintReport report() {
        return new LintReport(chartDir, messages);
    }
}
