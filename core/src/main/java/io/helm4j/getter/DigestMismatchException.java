package io.helm4j.getter;

import io.helm4j.Helm4jException;

/** Downloaded bytes that do not hash to the digest they were promised under. */
public final class DigestMismatchException extends Helm4jException {
    private final String expected;
    private final String actual;

    public DigestMismatchException(String what, String expected, String actual) {
        super(what + ": digest mismatch: expected " + expected + ", got " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
