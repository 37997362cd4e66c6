package io.helm4j.storage;

/** Helm's {@code driver.ErrInvalidKey}: a key that is not {@code sh.helm.release.v1.NAME.vN} (memory driver). */
public class InvalidKeyException extends StorageException {
    /** Helm's message. */
    public static final String MESSAGE = "release: invalid key";

    public InvalidKeyException() {
        super(MESSAGE);
    }
}
