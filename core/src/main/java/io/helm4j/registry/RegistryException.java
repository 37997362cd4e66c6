package io.helm4j.registry;

import io.helm4j.Helm4jException;

/** A registry request that failed: the message names the request, the reference and the registry's answer. */
public final class RegistryException extends Helm4jException {
    private final int status;

    public RegistryException(String message) {
        this(message, 0);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public RegistryException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the answer, or 0 when there was none. */
    public int status() {
        return status;
    }
}
