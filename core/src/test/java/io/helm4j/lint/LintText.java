package io.helm4j.lint;

import io.helm4j.action.LintResult;

/** Test helper: a lint result as {@code helm lint} prints it (stdout, then the stderr "Error:" line). */
final class LintText {
    private LintText() {
    }

    static String render(LintResult result, boolean quiet) {
        StringBuilder sb = new StringBuilder();
        boolean noisy = false;
        for (LintResult.ChartResult chart : result.charts()) {
            noisy |= chart.hasWarningsOrErrors();
            if (quiet && !chart.hasWarningsOrErrors()) {
                continue;
            }
            sb.append("==> Linting ").append(chart.path()).append('\n');
            if (chart.messages().isEmpty()) {
                chart.errors().forEach(e -> sb.append("Error ").append(e).append('\n'));
            }
            for (LintMessage m : chart.messages()) {
                if (!quiet || m.severity().compareTo(Severity.INFO) > 0) {
                    sb.append(m).append('\n');
                }
            }
            sb.append('\n');
        }
        if (result.failed() > 0) {
            sb.append("Error: ").append(result.summary()).append('\n');
        } else if (!quiet || noisy) {
            sb.append(result.summary()).append('\n');
        }
        return sb.toString();
    }
}
