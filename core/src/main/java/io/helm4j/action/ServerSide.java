package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.release.Release;

/**
 * Helm 4's {@code --server-side} of upgrade and rollback: {@code auto} follows the apply method the
 * release records ({@code ssa}: server-side; {@code csa} or none, as Helm 3 left it: client-side),
 * {@code true} and {@code false} choose.
 */
public enum ServerSide {
    AUTO, TRUE, FALSE;

    /** Parses the flag's value; Helm's error for anything else. */
    public static ServerSide parse(String s) {
        return switch (s == null ? "auto" : s) {
            case "auto" -> AUTO;
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> throw new UsageException("invalid/unknown release server-side apply method: " + s);
        };
    }

    /** Helm's {@code getUpgradeServerSideValue}: whether to apply server-side, given the recorded method. */
    public boolean resolve(String recordedApplyMethod) {
        return switch (this) {
            case AUTO -> Release.APPLY_METHOD_SSA.equals(recordedApplyMethod);
            case TRUE -> true;
            case FALSE -> false;
        };
    }

    /** The apply method a new revision records ({@code ssa} or {@code csa}). */
    static String applyMethod(boolean serverSide) {
        return serverSide ? Release.APPLY_METHOD_SSA : Release.APPLY_METHOD_CSA;
    }
}
