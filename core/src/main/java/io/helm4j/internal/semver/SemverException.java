package io.helm4j.internal.semver;

import io.helm4j.Helm4jException;

/** A version or constraint that does not parse; the message is Masterminds' wording. */
public final class SemverException extends Helm4jException {
    public SemverException(String message) {
        super(message);
    }
}
