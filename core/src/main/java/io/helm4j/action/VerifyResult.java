package io.helm4j.action;

import io.helm4j.provenance.Verification;
import java.util.Objects;

/** What {@code helm verify} found: the signer and the verified hash. */
public record VerifyResult(Verification verification) {
    public VerifyResult {
        Objects.requireNonNull(verification, "verification");
    }
}
