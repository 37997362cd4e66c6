package io.helm4j.internal.content;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one SHA-256 helper of charts, indexes, caches and provenance files: lower-case hex, as Helm prints it. */
public final class Sha256 {
    private Sha256() {
    }

    /** The lower-case hex SHA-256 of {@code data}. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digester().digest(data));
    }

    /** The lower-case hex SHA-256 of a file, read in blocks. */
    public static String hex(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digester();
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new Helm4jException("digest " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
