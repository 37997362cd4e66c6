package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.status.ResourceStatus;
import java.util.List;

/**
 * A wait that ended with objects not ready: every one of them ({@link #notReady()}) with its status
 * and why, and whether the time ran out ({@link #timedOut()}). The message is Helm 4's: a line per
 * object, then {@code context deadline exceeded} when the time ran out.
 */
public final class WaitException extends Helm4jException {
    private final transient List<ResourceStatus> notReady;
    private final boolean timedOut;

    WaitException(String message, List<ResourceStatus> notReady, boolean timedOut) {
        super(message);
        this.notReady = List.copyOf(notReady);
        this.timedOut = timedOut;
    }

    public List<ResourceStatus> notReady() {
        return notReady;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
