package io.helm4j.storage;

import io.helm4j.Helm4jException;

/** A release storage failure; the typed subclasses are the errors Helm's drivers name. */
public class StorageException extends Helm4jException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
