package io.helm4j.lint;

import java.nio.file.Path;
import java.util.List;

/** The findings of linting one chart directory, in the order the rules found them. */
public record LintReport(Path chartDir, List<LintMessage> messages) {
    public LintReport {
        messages = List.copyOf(messages);
    }

    /** The most serious severity found, {@link Severity#UNKNOWN} when there are no findings. */
    public Severity highestSeverity() {
        Severity max = Severity.UNKNOWN;
        for (LintMessage m : messages) {
            if (m.severity().compareTo(max) > 0) {
                max = m.severity();
            }
        }
        return max;
    }
}
