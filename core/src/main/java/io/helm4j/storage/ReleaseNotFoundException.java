package io.helm4j.storage;

/** Helm's {@code driver.ErrReleaseNotFound}: no record under the key, or none matching a query. */
public class ReleaseNotFoundException extends StorageException {
    /** Helm's message. */
    public static final String MESSAGE = "release: not found";

    public ReleaseNotFoundException() {
        super(MESSAGE);
    }
}
