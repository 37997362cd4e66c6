package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.EventSink;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Storage;
import java.util.Optional;

/**
 * Helm 4's answer to SIGINT and SIGTERM during install and upgrade (its context cancelled): the revision the run
 * recorded pending is marked failed ({@code Upgrade "web" failed: context canceled}), so it is not left
 * {@code pending-*}. The run tells this when it has recorded its revision ({@link #started}) and before its last
 * writes ({@link #finish}); a cancellation from another thread ({@link #cancel}, a JVM shutdown hook) marks the revision
 * failed unless those writes are under way or done, and then keeps the run from writing them.
 */
final class Cancellation {
    static final String REASON = "context canceled";
    private Storage storage;
    private Release pending;
    private String description;
    private EventSink events;
    private boolean cancelled;
    private boolean over;

    /** The run recorded {@code pending}; a cancellation marks it failed, described {@code failedPrefix + reason}. */
    synchronized void started(Storage s, Release r, String failedPrefix, EventSink sink) {
        storage = s;
        pending = r;
        description = failedPrefix;
        events = sink;
    }

    /** The run is about to write how it ended: false (and nothing to write) when it was cancelled. */
    synchronized boolean finish() {
        if (cancelled) {
            return false;
        }
        over = true;
        return true;
    }

    /** Marks the pending revision failed, once; empty when nothing is pending or the run has ended. */
    synchronized Optional<Release> cancel() {
        if (pending == null || over || cancelled) {
            return Optional.empty();
        }
        cancelled = true;
        Release failed = pending.withStatus(ReleaseStatus.FAILED, description + REASON);
        RecordWrites.failed(storage, failed, new Helm4jException(REASON), events);
        return Optional.of(failed);
    }
}
