package io.helm4j.action;

import io.helm4j.UsageException;
import java.time.Duration;

/**
 * What the option builders of install, upgrade and rollback share: Helm 4's waiting options ({@code --wait},
 * {@code --wait-for-jobs}, {@code --timeout}), with their defaults ({@code hookOnly}, no Jobs, 5 minutes) and rules.
 *
 * @param <B> the builder itself, so each setter returns it
 */
public abstract sealed class WaitingBuilder<B extends WaitingBuilder<B>>
        permits InstallOptions.Builder, UpgradeOptions.Builder, RollbackOptions.Builder {
    private WaitStrategy waitStrategy = WaitStrategy.HOOK_ONLY;
    private boolean waitForJobs;
    private Duration timeout = Duration.ofMinutes(5);

    WaitingBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Helm 3's boolean {@code --wait}: {@code watcher} when true, {@code hookOnly} when false. */
    public B waitForResources(boolean v) {
        waitStrategy = v ? WaitStrategy.WATCHER : WaitStrategy.HOOK_ONLY;
        return self();
    }

    /** Helm 4's {@code --wait}: {@code hookOnly} (the default, also for null) waits for hooks only. */
    public B waitStrategy(WaitStrategy v) {
        waitStrategy = v == null ? WaitStrategy.HOOK_ONLY : v;
        return self();
    }

    /** {@code --wait-for-jobs}: Jobs waited for until complete. */
    public B waitForJobs(boolean v) {
        waitForJobs = v;
        return self();
    }

    /** {@code --timeout}: how long each wait (and each hook) may take. */
    public B timeout(Duration v) {
        timeout = v;
        return self();
    }

    /**
     * The strategy to record: Helm makes the default {@code hookOnly} a {@code watcher} wait when the operation rolls
     * back (or uninstalls) on failure.
     */
    WaitStrategy waitStrategy(boolean rollbackOnFailure) {
        return rollbackOnFailure && waitStrategy == WaitStrategy.HOOK_ONLY ? WaitStrategy.WATCHER : waitStrategy;
    }

    boolean waitForJobs() {
        return waitForJobs;
    }

    /** The timeout, refused when negative if {@code check}. */
    Duration timeout(boolean check) {
        if (check && timeout.isNegative()) {
            throw new UsageException("--timeout cannot be negative");
        }
        return timeout;
    }
}
