package io.helm4j.action;

import io.helm4j.lint.LintMessage;
import io.helm4j.lint.Severity;
import java.util.List;

/**
 * What {@code helm lint} found, chart by chart, in the order linted (the paths given, then with
 * --with-subcharts the subcharts found under each path's charts/).
 */
public record LintResult(List<ChartResult> charts) {
    public LintResult {
        charts = List.copyOf(charts);
    }

    /**
     * One chart: the path as named, its findings, and the errors that fail it (errors, and with
     * --strict warnings; or the reason it could not be linted at all, with no findings).
     */
    public record ChartResult(String path, List<LintMessage> messages, List<String> errors) {
        public ChartResult {
            messages = List.copyOf(messages);
            errors = List.copyOf(errors);
        }

        public boolean failed() {
            return !errors.isEmpty();
        }

        /** Helm's {@code HasWarningsOrErrors}. */
        public boolean hasWarningsOrErrors() {
            return !errors.isEmpty() || messages.stream().anyMatch(m -> m.severity().compareTo(Severity.INFO) > 0);
        }
    }

    public int linted() {
        return charts.size();
    }

    public int failed() {
        return (int) charts.stream().filter(ChartResult::failed).count();
    }

    /** Helm's closing line: {@code N chart(s) linted, M chart(s) failed}. */
    public String summary() {
        return linted() + " chart(s) linted, " + failed() + " chart(s) failed";
    }
}
