package io.helm4j.provenance;

import java.util.List;
import java.util.Objects;

/**
 * A verified chart: the identities (user IDs) of the key that signed it, that key's primary fingerprint in
 * upper-case hex as Helm prints it, the archive's {@code sha256:HEX} sum and its file name.
 */
public record Verification(List<String> signedBy, String fingerprint, String fileHash, String fileName) {
    public Verification {
        signedBy = List.copyOf(signedBy);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(fileHash, "fileHash");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** What {@code helm verify} prints: one {@code Signed by:} line per identity, the fingerprint, the hash. */
    public String report() {
        StringBuilder b = new StringBuilder();
        for (String name : signedBy) {
            b.append("Signed by: ").append(name).append('\n');
        }
        return b.append("Using Key With Fingerprint: ").append(fingerprint).append('\n')
                .append("Chart Hash Verified: ").append(fileHash).append('\n').toString();
    }
}
