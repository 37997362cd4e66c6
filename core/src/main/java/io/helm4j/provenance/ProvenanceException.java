package io.helm4j.provenance;

import io.helm4j.Helm4jException;

/** A provenance file, keyring or key that cannot be used, or a chart whose provenance does not hold. */
public final class ProvenanceException extends Helm4jException {
    public ProvenanceException(String message) {
        super(message);
    }

    public ProvenanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
