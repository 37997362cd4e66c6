package io.helm4j.lint;

/**
 * One lint finding: its severity, the chart path it is about ("Chart.yaml", "templates/x.yaml",
 * "" for the chart as a whole) and the error text. {@link #toString()} is Helm's line.
 */
public record LintMessage(Severity severity, String path, String error) {
    @Override
    public String toString() {
        return "[" + severity + "] " + path + ": " + error;
    }
}
