package io.helm4j.storage;

/** Helm's {@code driver.ErrReleaseExists}: a record already exists under the key. */
public class ReleaseExistsException extends StorageException {
    /** Helm's message. */
    public static final String MESSAGE = "release: already exists";

    public ReleaseExistsException() {
        super(MESSAGE);
    }
}
