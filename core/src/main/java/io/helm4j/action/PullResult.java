package io.helm4j.action;

import io.helm4j.provenance.Verification;
import java.nio.file.Path;

/**
 * What {@code helm pull} did: the archive it saved ({@code null} when it expanded it into {@code expandedTo}
 * instead), and for an {@code oci://} pull the reference and manifest digest Helm reports ({@code Pulled:},
 * {@code Digest:}), else empty strings; with {@code verify}, the verification (else null); whether an OCI
 * provenance layer was pulled (Helm reports that second pull too); and Helm's warning when {@code prov} found
 * no provenance (else "").
 */
public record PullResult(Path saved, Path expandedTo, String pulledRef, String digest, Verification verification,
        boolean provenancePulled, String warning) {

    public PullResult(Path saved, Path expandedTo, String pulledRef, String digest) {
        this(saved, expandedTo, pulledRef, digest, null, false, "");
    }
}
