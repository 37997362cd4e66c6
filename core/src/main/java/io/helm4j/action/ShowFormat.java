package io.helm4j.action;

import java.util.Locale;

/** What {@code helm show} prints: Helm's {@code ShowOutputFormat}. */
public enum ShowFormat {
    ALL, CHART, VALUES, README, CRDS;

    /** The subcommand name: {@code all}, {@code chart}, {@code values}, {@code readme}, {@code crds}. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean includes(ShowFormat part) {
        return this == ALL || this == part;
    }
}
