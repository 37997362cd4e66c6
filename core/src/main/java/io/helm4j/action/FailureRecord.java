package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.kube.KubeException;
import io.helm4j.release.Release;
import io.helm4j.storage.Storage;
import java.time.Duration;

/**
 * Recording that an operation failed, when the reason may be that the API server went away: Helm writes the
 * {@code failed} revision once, and when the cluster does not answer, the release stays {@code pending-*}
 * until someone rolls it back by hand. helm4j tries again for a while ({@link #PATIENCE}) when the write fails
 * without an answer from the server, saying so, so that a short outage leaves the release {@code failed} and the
 * next operation works; if the server stays away, the error says what is left and how to recover.
 */
final class FailureRecord {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private FailureRecord() {
    }

    /** {@code failed} (the revision marked failed) written; {@code cause} is why the operation failed. */
    static void write(Storage storage, Release failed, Helm4jException cause, EventSink events) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 500;
        while (true) {
            try {
                storage.update(failed);
                return;
            } catch (Helm4jException e) {
                if (!unanswered(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw new Helm4jException(cause.getMessage() + "; and the release could not be marked failed: "
                            + e.getMessage() + ": revision " + failed.version() + " of \"" + failed.name()
                            + "\" is left pending; when the cluster answers again, " + recovery(failed), cause);
                }
                events.emit(new Event.Warning("cannot mark release \"" + failed.name() + "\" failed, the API server "
                        + "did not answer (" + e.getMessage() + "); trying again"));
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw cause;
                }
                pause = Math.min(pause * 2, 4000);
            }
        }
    }

    private static String recovery(Release r) {
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
