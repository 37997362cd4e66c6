package io.helm4j.action;

import io.helm4j.UsageException;

/**
 * Helm 4's {@code --wait} strategies: {@code watcher} (kstatus, {@link io.helm4j.kube.status.KStatus}),
 * {@code legacy} (Helm 3's readiness checks) and {@code hookOnly}, the default, which waits for hooks
 * but not for the release's resources.
 */
public enum WaitStrategy {
    WATCHER("watcher"),
    LEGACY("legacy"),
    HOOK_ONLY("hookOnly");

    private final String flagValue;

    WaitStrategy(String flagValue) {
        this.flagValue = flagValue;
    }

    /** How {@code --wait} spells it. */
    public String flagValue() {
        return flagValue;
    }

    /**
     * Helm's {@code waitValue.Set}: a strategy, or Helm 3's booleans ({@code true} is {@code watcher},
     * {@code false} {@code hookOnly}; {@link #deprecation(String)} words the warning Helm logs).
     */
    public static WaitStrategy parse(String value) {
        return switch (value) {
            case "watcher", "true" -> WATCHER;
            case "legacy" -> LEGACY;
            case "hookOnly", "false" -> HOOK_ONLY;
            default -> throw new UsageException("invalid wait input \"" + value
                    + "\". Valid inputs are watcher, hookOnly, and legacy");
        };
    }

    /** The warning Helm 4 logs for a boolean {@code --wait} value, or null. */
    public static String deprecation(String value) {
        return switch (value) {
            case "true" -> "--wait=true is deprecated (boolean value) and can be replaced with --wait=watcher";
            case "false" -> "--wait=false is deprecated (boolean value) and can be replaced with --wait=hookOnly";
            default -> null;
        };
    }
}
