package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.release.Release;

/**
 * Helm's {@code errPending}: the release's last revision is {@code pending-install},
 * {@code pending-upgrade} or {@code pending-rollback}, so another operation is running on it, or one
 * was cut off before it could record how it ended. The message is Helm's, then how to recover.
 */
public final class PendingOperationException extends Helm4jException {
    private final String release;
    private final int revision;

    PendingOperationException(Release last) {
        super("another operation (install/upgrade/rollback) is in progress" + recovery(last));
        this.release = last.name();
        this.revision = last.version();
    }

    private static String recovery(Release last) {
        return "; revision " + last.version() + " of \"" + last.name() + "\" is " + last.status().label()
                + ": if no other operation is running on it (one was interrupted), " + RecordWrites.recovery(last);
    }

    public String release() {
        return release;
    }

    public int revision() {
        return revision;
    }
}
