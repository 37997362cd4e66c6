package io.helm4j.release;

import java.util.Locale;

/** A release's state, as Helm's {@code common.Status} spells it in records and labels ({@link #label()}). */
public enum ReleaseStatus {
    UNKNOWN, DEPLOYED, UNINSTALLED, SUPERSEDED, FAILED, UNINSTALLING, PENDING_INSTALL, PENDING_UPGRADE,
    PENDING_ROLLBACK;

    /** Helm's spelling: {@code deployed}, {@code pending-install}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the three {@code pending-*} states, as Helm's {@code IsPending}. */
    public boolean isPending() {
        return this == PENDING_INSTALL || this == PENDING_UPGRADE || this == PENDING_ROLLBACK;
    }

    /** The status Helm spells {@code label}, or null when it names none. */
    public static ReleaseStatus fromLabel(String label) {
        for (ReleaseStatus s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
