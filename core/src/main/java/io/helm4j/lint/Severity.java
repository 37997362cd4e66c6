package io.helm4j.lint;

/** How serious a lint finding is, in Helm's order ({@code support.*Sev}). */
public enum Severity {
    UNKNOWN, INFO, WARNING, ERROR;

    /** At least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
