package io.helm4j.release;

import io.helm4j.Helm4jException;

/** A release record that cannot be encoded or decoded (bad base64, gzip or JSON, or a field of the wrong type). */
public class ReleaseCodecException extends Helm4jException {
    public ReleaseCodecException(String message) {
        super(message);
    }

    public ReleaseCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
