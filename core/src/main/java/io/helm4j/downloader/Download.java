package io.helm4j.downloader;

/**
 * A fetched chart: the reference asked for, the URL (or, for OCI, the {@code HOST/REPO:TAG} or
 * {@code HOST/REPO@DIGEST} reference) it came from, the file name Helm gives it ({@code chart-1.2.3.tgz}), its
 * bytes and their digest ({@code sha256:HEX}), the provenance file's bytes when one was fetched (else null), and
 * for OCI the manifest's digest (else ""), and whether the provenance came in a second registry pull (Helm then
 * reports {@code Pulled:} twice).
 */
public record Download(String reference, String url, String fileName, byte[] data, String digest, byte[] provenance,
        String manifestDigest, boolean provenancePulled) {

    public Download(String reference, String url, String fileName, byte[] data, String digest, byte[] provenance,
            String manifestDigest) {
        this(reference, url, fileName, data, digest, provenance, manifestDigest, false);
    }
}
