package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import io.helm4j.provenance.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Helm 4's content cache ({@code $HELM_CONTENT_CACHE}, by default {@code $HELM_CACHE_HOME/content}): a file per
 * SHA-256 of a chart archive, {@code ROOT/HH/HEX.chart} where {@code HH} is the digest's first byte, and the
 * chart's provenance beside it as {@code HEX.prov}. Unlike Helm, a chart read back is checked against its
 * digest (a changed or truncated entry is not used), and entries are written through a temporary file and
 * moved into place, so a reader never sees half an entry.
 */
public final class ContentCache {
    public static final String CHART = ".chart";
    public static final String PROV = ".prov";

    private final Path root;

    public ContentCache(Path root) {
        this.root = root;
    }

    /** The entry's path: {@code ROOT/HH/HEX.TYPE}. */
    public Path path(String digest, String type) {
        String hex = hex(digest);
        return root.resolve(hex.substring(0, 2)).resolve(hex + type);
    }

    /**
     * The cached chart archive with this digest ({@code sha256:HEX} or {@code HEX}), if present and its
     * content still has that digest; empty otherwise (an entry that fails the check is removed).
     */
    public Optional<byte[]> chart(String digest) {
        Path p = path(digest, CHART);
        byte[] data = read(p);
        if (data == null) {
            return Optional.empty();
        }
        if (!Provenance.digest(data).equals(hex(digest))) {
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
    public Optional<byte[]> provenance(String digest) {
        return Optional.ofNullable(read(path(digest, PROV)));
    }

    /** Stores a chart archive under its own digest; returns the entry's path. */
    public Path putChart(byte[] data) {
        return put(Provenance.digest(data), data, CHART);
    }

    /** Stores the provenance file of the chart with this digest. */
    public Path putProvenance(String chartDigest, byte[] data) {
        return put(chartDigest, data, PROV);
    }

    private Path put(String digest, byte[] data, String type) {
        Path p = path(digest, type);
        try {
            Files.createDirectories(p.getParent());
            Path tmp = Files.createTempFile(p.getParent(), ".put-", ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return p;
        } catch (IOException e) {
            throw new Helm4jException("cannot write the content cache entry " + p + ": " + e.getMessage(), e);
        }
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
    static String hex(String digest) {
        String h = digest.startsWith("sha256:") ? digest.substring(7) : digest;
        h = h.toLowerCase(Locale.ROOT);
        if (h.length() != 64) {
            throw new Helm4jException("invalid digest length: " + h.length() / 2);
        }
        HexFormat.of().parseHex(h);
        return h;
    }
}
