package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.kube.KubeException;
import io.helm4j.release.Release;
import io.helm4j.storage.Storage;
import java.time.Duration;
import java.util.List;

/**
 * The writes of a release record that end an operation ({@code failed}, {@code superseded}, {@code deployed}), when
 * the API server may have gone away. Helm writes each once: when the cluster does not answer, the release stays
 * {@code pending-*} until someone rolls it back by hand (Helm's install even reports success then, its code saying
 * "one possible strategy would be to do a timed retry"). helm4j tries again for a while ({@link #PATIENCE}) when a
 * write fails without an answer from the server, saying so, so that a short outage leaves the release as it should
 * be and the next operation works; if the server stays away, the error says what is left and how to recover.
 */
final class RecordWrites {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private RecordWrites() {
    }

    /**
     * {@code release} written (an update of its record), tried again while the API server does not answer, each
     * retry a warning; the last error when it did answer (RBAC, conflict) or when {@link #PATIENCE} is spent.
     */
    static void update(Storage storage, Release release, EventSink events) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 500;
        while (true) {
            try {
                storage.update(release);
                return;
            } catch (Helm4jException e) {
                if (!unanswered(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                events.emit(new Event.Warning("cannot mark release \"" + release.name() + "\" "
                        + release.status().label() + ", the API server did not answer (" + e.getMessage()
                        + "); trying again"));
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 4000);
            }
        }
    }

    /** {@code failed} (the revision marked failed) written; {@code cause} is why the operation failed. */
    static void failed(Storage storage, Release failed, Helm4jException cause, EventSink events) {
        try {
            update(storage, failed, events);
        } catch (Helm4jException e) {
            throw new Helm4jException(cause.getMessage() + "; and the release could not be marked failed: "
                    + e.getMessage() + leftPending(failed), cause);
        }
    }

    /**
     * Helm's {@code recordRelease} in the middle of an operation (a hook's {@code Running} phase): one write, a failure
     * only logged as Helm logs it, the operation going on.
     */
    static void record(Storage storage, Release release, EventSink events) {
        try {
            storage.update(release);
        } catch (Helm4jException e) {
            events.emit(new Event.Log("WARN", "failed to update release", List.of("name", release.name(),
                    "revision", String.valueOf(release.version()), "error", e.getMessage())));
        }
    }

    /**
     * Helm's {@code recordRelease} of the revision an operation replaces ({@code superseded}): tried again as
     * {@link #update}, and if it still fails only logged, as Helm logs it, the operation going on.
     */
    static void superseded(Storage storage, Release superseded, EventSink events) {
        try {
            update(storage, superseded, events);
        } catch (Helm4jException e) {
            events.emit(new Event.Log("WARN", "failed to update release", List.of("name", superseded.name(),
                    "revision", String.valueOf(superseded.version()), "error", e.getMessage())));
        }
    }

    /**
     * The new revision marked {@code deployed} at the end of an upgrade or rollback: tried again as {@link #update};
     * if it still fails, Helm's error (the write's), with what is left and how to recover.
     */
    static void deployed(Storage storage, Release deployed, EventSink events) {
        try {
            update(storage, deployed, events);
        } catch (Helm4jException e) {
            throw new Helm4jException(e.getMessage() + ": the release was applied but could not be marked deployed"
                    + leftPending(deployed), e);
        }
    }

    /** The last words of an error that leaves a revision pending: which, and how to get out of it. */
    static String leftPending(Release r) {
        return ": revision " + r.version() + " of \"" + r.name() + "\" is left pending; when the cluster answers "
                + "again, " + recovery(r);
    }

    /** How to get a release out of a pending revision: roll back, or for a first revision uninstall and install again. */
    static String recovery(Release r) {
        return r.version() > 1 ? "roll back with \"helm rollback " + r.name() + " " + (r.version() - 1) + "\""
                : "uninstall it with \"helm uninstall " + r.name() + "\" and install again";
    }

    /** Whether the error, or one of its causes, is a request the API server never answered. */
    static boolean unanswered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KubeException k && k.code() == 0) {
                return true;
            }
        }
        return false;
    }
}
