package io.helm4j.downloader;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.getter.DigestMismatchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Helm 4's content cache ({@code downloader.DiskCache}, {@code $HELM_CONTENT_CACHE}, by default
 * {@code $HELM_CACHE_HOME/content}): {@code ROOT/XX/SHA256HEX.chart}, {@code XX} the digest's first byte, and the
 * chart's provenance beside it as {@code SHA256HEX.prov}. Unlike Helm, a chart read back is checked against its
 * digest (a changed or truncated entry is not used, and is removed); entries are written through a temporary
 * file in the same directory, then moved into place, so a reader never sees half an entry. The one cache of
 * chart downloads ({@link ChartDownloader}) and of dependency builds.
 */
public final class ContentCache {
    /** The suffix of a chart archive entry. */
    public static final String CHART = ".chart";
    /** The suffix of a provenance entry. */
    public static final String PROV = ".prov";

    private final Path root;

    public ContentCache(Path root) {
        this.root = root;
    }

    /**
     * The cached chart archive with this digest ({@code sha256:HEX} or {@code HEX}), if present and its content
     * still has that digest; empty otherwise (an entry that fails the check is removed).
     */
    public Optional<byte[]> chart(String digest) {
        String hex = hex(digest);
        Path p = path(hex, CHART);
        byte[] data = read(p);
        if (data == null) {
            return Optional.empty();
        }
        if (!Sha256.hex(data).equals(hex)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a stale entry that cannot be removed is only not used
            }
            return Optional.empty();
        }
        return Optional.of(data);
    }

    /** The cached provenance file of the chart with this digest, if present. */
    public Optional<byte[]> provenance(String chartDigest) {
        return Optional.ofNullable(read(path(chartDigest, PROV)));
    }

    /** Stores a chart archive under its own digest; returns the entry. */
    public Path putChart(byte[] data) {
        Path p = path(Sha256.hex(data), CHART);
        AtomicFiles.write(p, data);
        return p;
    }

    /** Stores a chart archive under {@code digest}, which it must hash to; returns the entry. */
    public Path putChart(String digest, byte[] data) {
        String hex = hex(digest);
        String actual = Sha256.hex(data);
        if (!actual.equals(hex)) {
            throw new DigestMismatchException("content cache", "sha256:" + hex, "sha256:" + actual);
        }
        return putChart(data);
    }

    /** Stores the provenance file of the chart with this digest; returns the entry. */
    public Path putProvenance(String chartDigest, byte[] data) {
        Path p = path(chartDigest, PROV);
        AtomicFiles.write(p, data);
        return p;
    }

    /** Where the entry of {@code digest} ({@code sha256:HEX} or {@code HEX}) of this type lives. */
    public Path path(String digest, String type) {
        String hex = hex(digest);
        return root.resolve(hex.substring(0, 2)).resolve(hex + type);
    }

    /** Helm's rule: a missing or empty entry (or a directory) is not in the cache. */
    private static byte[] read(Path p) {
        try {
            if (!Files.isRegularFile(p) || Files.size(p) == 0) {
                return null;
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** The hex part of {@code sha256:HEX} or {@code HEX}, checked to be a SHA-256. */
    public static String hex(String digest) {
        int colon = digest.indexOf(':');
        String hex = (colon < 0 ? digest : digest.substring(colon + 1)).toLowerCase(java.util.Locale.ROOT);
        if (hex.length() != 64) {
            throw new Helm4jException("invalid digest length: " + hex.length() / 2);
        }
        if (!hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new Helm4jException("invalid sha256 digest \"" + digest + "\"");
        }
        return hex;
    }
}
