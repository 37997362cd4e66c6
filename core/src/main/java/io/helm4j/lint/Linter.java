package io.helm4j.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one chart's lint run; Helm's {@code support.Linter}. */
final class Linter {
    private final Path chartDir;
    private final List<LintMessage> messages = new ArrayList<>();

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

    LintReport report() {
        return new LintReport(chartDir, messages);
    }
}
