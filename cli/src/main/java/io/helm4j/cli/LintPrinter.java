package io.helm4j.cli;

import io.helm4j.action.LintResult;
import io.helm4j.lint.LintMessage;
import io.helm4j.lint.Severity;

/** Renders a lint result as {@code helm lint} prints it on stdout (the failure line is the error's). */
final class LintPrinter {
    private LintPrinter() {
    }

    static String render(LintResult result, boolean quiet) {
        StringBuilder sb = new StringBuilder();
        boolean anyWarningsOrErrors = false;
        for (LintResult.ChartResult chart : result.charts()) {
            boolean noisy = chart.hasWarningsOrErrors();
            anyWarningsOrErrors |= noisy;
            if (quiet && !noisy) {
                continue;
            }
            sb.append("==> Linting ").append(chart.path()).append('\n');
            if (chart.messages().isEmpty()) {
                for (String err : chart.errors()) {
                    sb.append("Error ").append(err).append('\n');
                }
            }
            for (LintMessage m : chart.messages()) {
                if (!quiet || m.severity().compareTo(Severity.INFO) > 0) {
                    sb.append(m).append('\n');
                }
            }
            sb.append('\n');
        }
        if (result.failed() == 0 && (!quiet || anyWarningsOrErrors)) {
            sb.append(result.summary()).append('\n');
        }
        return sb.toString();
    }
}
