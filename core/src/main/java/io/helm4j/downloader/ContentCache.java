package io.helm4j.downloader;

import io.helm4j.Helm4jException;
import io.helm4j.getter.DigestMismatchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Helm 4's content cache ({@code downloader.DiskCache}): {@code ROOT/XX/SHA256HEX.chart} and {@code .prov},
 * {@code XX} the digest's first byte. An entry is used only when its bytes still hash to its name (a
 * changed or truncated file is ignored, as if absent, and replaced by the next download); entries are
 * written through a temporary file in the same directory, then moved into place.
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

    /** The entry for a sha256 digest ({@code sha256:HEX} or {@code HEX}), when present and intact. */
    public Optional<Path> get(String digest, String type) {
        String hex = hex(digest);
        Path p = path(hex, type);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            byte[] data = Files.readAllBytes(p);
            if (data.length == 0 || !sha256(data).equals(hex)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Stores {@code data} under its own sha256 digest; returns the entry. */
    public Path put(byte[] data, String type) {
        return put(sha256(data), data, type);
    }

    /** Stores {@code data} under {@code digest}, which it must hash to. */
    public Path put(String digest, byte[] data, String type) {
        String hex = hex(digest);
        String actual = sha256(data);
        if (!actual.equals(hex)) {
            throw new DigestMismatchException("content cache", "sha256:" + hex, "sha256:" + actual);
        }
        Path p = path(hex, type);
        write(p, data);
        return p;
    }

    /** Where the entry of {@code hex} lives. */
    public Path path(String digest, String type) {
        String hex = hex(digest);
        return root.resolve(hex.substring(0, 2)).resolve(hex + type);
    }

    /** Writes a file through a temporary file in its directory, then a rename (nothing half-written). */
    static void write(Path p, byte[] data) {
        try {
            Path dir = p.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + p.getFileName(), ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Helm4jException("write " + p + ": " + e.getMessage(), e);
        }
    }

    /** The lower-case hex sha256 of {@code data}. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(String digest) {
        int colon = digest.indexOf(':');
        String hex = (colon < 0 ? digest : digest.substring(colon + 1)).toLowerCase(java.util.Locale.ROOT);
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new Helm4jException("invalid sha256 digest \"" + digest + "\"");
        }
        return hex;
    }
}
