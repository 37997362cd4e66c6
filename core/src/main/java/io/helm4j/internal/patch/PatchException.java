package io.helm4j.internal.patch;

import io.helm4j.Helm4jException;

/** A strategic merge patch that cannot be made or applied (apimachinery's {@code mergepatch} errors). */
public final class PatchException extends Helm4jException {
    public PatchException(String message) {
        super(message);
    }
}
