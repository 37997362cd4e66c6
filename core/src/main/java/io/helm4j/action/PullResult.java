package io.helm4j.action;

import io.helm4j.provenance.Verification;
import java.nio.file.Path;

/**
 * What {@code helm pull} did: the archive it saved ({@code null} when it expanded it into {@code expandedTo}
 * instead), and for an {@code oci://} pull the reference and manifest digest Helm reports ({@code Pulled:},
 * {@code Digest:}), else empty strings; with {@code verify}, the verification (else null); whether an OCI
 * provenance layer was pulled (Helm reports that second pull too); and Helm's warning when {@code prov} found
 * no provenance (else ""); the cosign signatures that verified with {@code PullOptions.cosignKey} (else empty).
 */
public record PullResult(Path saved, Path expandedTo, String pulledRef, String digest, Verification verification,
        boolean provenancePulled, String warning, java.util.List<io.helm4j.registry.RegistryClient.CosignVerified> cosign) {
    public PullResult {
        cosign = cosign == null ? java.util.List.of() : java.util.List.copyOf(cosign);
    }

    public PullResult(Path saved, Path expandedTo, String pulledRef, String digest, Verification verification,
            boolean provenancePulled, String warning) {
        this(saved, expandedTo, pulledRef, digest, verification, provenancePulled, warning, null);
    }

    public PullResult(Path saved, Path expandedTo, String pulledRef, String digest) {
        this(saved, expandedTo, pulledRef, digest, null, false, "");
    }
}
