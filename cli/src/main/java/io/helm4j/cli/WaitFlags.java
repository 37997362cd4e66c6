package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.WaitStrategy;
import io.helm4j.action.WaitingBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Helm's waiting flags ({@code AddWaitFlag}, {@code --wait-for-jobs}, {@code --timeout}), shared by
 * the commands that wait for resources (install, upgrade, rollback, uninstall, test; template accepts
 * them, and they do not change what it prints).
 */
final class WaitFlags {
    final Flag<String> wait;
    final Flag<Boolean> waitForJobs;
    final Flag<String> timeout;

    private WaitFlags(Flags<?> f, boolean withJobs) {
        wait = f.string("--wait", "wait until resources are ready (up to --timeout). Use '--wait' alone for "
                + "'watcher' strategy, or specify one of: 'watcher', 'hookOnly', 'legacy'. Default when flag is "
                + "omitted: 'hookOnly'.", null).typeName("WaitStrategy").noOptDefVal("watcher").defValue("hookOnly");
        waitForJobs = !withJobs ? null : f.bool("--wait-for-jobs", "if set and --wait enabled, will wait until all Jobs have been "
                + "completed before marking the release as successful. It will wait for as long as --timeout", null);
        timeout = f.duration("--timeout", "5m0s", "time to wait for any individual Kubernetes operation (like Jobs "
                + "for hooks)", null);
    }

    static WaitFlags declare(Flags<?> flags) {
        return declare(flags, true);
    }

    /** The group, without {@code --wait-for-jobs} when {@code withJobs} is false (uninstall has none). */
    static WaitFlags declare(Flags<?> flags, boolean withJobs) {
        WaitFlags w = new WaitFlags(flags, withJobs);
        flags.check(w::checkWait);
        return w;
    }

    /** Helm's {@code waitValue.Set}: a strategy, or the boolean values of Helm 3's {@code --wait}. */
    private void checkWait() {
        String v = wait.value();
        if (v != null && !List.of("watcher", "hookOnly", "legacy", "true", "false").contains(v)) {
            throw new UsageException("invalid argument \"" + v + "\" for \"--wait\" flag: invalid wait input \"" + v
                    + "\". Valid inputs are watcher, hookOnly, and legacy");
        }
    }

    /** The strategy {@code --wait} names ({@code hookOnly} when absent). */
    WaitStrategy strategy() {
        return wait.value() == null ? WaitStrategy.HOOK_ONLY : WaitStrategy.parse(wait.value());
    }

    boolean waitForJobs() {
        return waitForJobs != null && Boolean.TRUE.equals(waitForJobs.value());
    }

    /** {@code --timeout}, or null when not given (the action's default, 5m0s, applies). */
    Duration timeout() {
        return timeout.value() == null ? null : Duration.ofNanos(io.helm4j.gostd.Durations.parse(timeout.value()));
    }

    /** The three flags set on an options builder ({@code --timeout} only when given: the builder's 5m0s stays). */
    <B extends WaitingBuilder<B>> B applyTo(B builder) {
        builder.waitStrategy(strategy()).waitForJobs(waitForJobs());
        return timeout() == null ? builder : builder.timeout(timeout());
    }

    /** Helm 4's warning for a boolean {@code --wait} ({@code level=WARN msg="--wait=true is deprecated ..."}). */
    void warnDeprecated(PrintWriter err) {
        String warning = wait.value() == null ? null : WaitStrategy.deprecation(wait.value());
        if (warning != null) {
            err.println("level=WARN msg=" + EventPrinter.slogValue(warning));
            err.flush();
        }
    }
}
