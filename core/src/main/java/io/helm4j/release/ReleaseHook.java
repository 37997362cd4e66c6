package io.helm4j.release;

import java.util.Objects;

/** A hook as a release record keeps it: the hook rendered from the chart and its last run. */
public record ReleaseHook(Hook hook, HookExecution lastRun) {
    public ReleaseHook {
        Objects.requireNonNull(hook, "hook");
        lastRun = lastRun == null ? HookExecution.NEVER : lastRun;
    }

    /** This hook with another last run. */
    public ReleaseHook withLastRun(HookExecution run) {
        return new ReleaseHook(hook, run);
    }
}
