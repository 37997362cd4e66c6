package io.helm4j.registry;

import io.helm4j.getter.DigestMismatchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 digests, and streams read while their digest is computed. */
final class Digests {
    private Digests() {
    }

    static String of(byte[] data) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(data));
    }

    /**
     * Reads {@code in} to its end (at most {@code limit} bytes), hashing as it goes, and fails unless the bytes
     * hash to {@code digest} (and number {@code size}, when it is not negative).
     */
    static byte[] readVerified(InputStream in, String digest, long size, long limit, String what) throws IOException {
        return readVerified(in, digest, size, limit, what, null);
    }

    /** As above, counting the bytes on {@code meter} (null: none) as they arrive. */
    static byte[] readVerified(InputStream in, String digest, long size, long limit, String what,
            io.helm4j.internal.content.TransferMeter meter) throws IOException {
        MessageDigest md = digest.startsWith("sha512:") ? messageDigest("SHA-512") : sha256();
        ByteArrayOutputStream out = new ByteArrayOutputStream(size > 0 && size < limit ? (int) size : 8192);
        byte[] buf = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0;) {
            total += n;
            if (total > limit || (size >= 0 && total > size)) {
                throw new io.helm4j.Helm4jException(what + ": more bytes than " + (size >= 0 ? "the " + size
                        + " the descriptor gives" : "the limit of " + limit));
            }
            md.update(buf, 0, n);
            out.write(buf, 0, n);
            if (meter != null) {
                meter.add(n);
            }
        }
        if (size >= 0 && total != size) {
            throw new io.helm4j.Helm4jException(what + ": truncated: " + total + " of " + size + " bytes");
        }
        String actual = digest.substring(0, digest.indexOf(':') + 1) + HexFormat.of().formatHex(md.digest());
        if (!actual.equals(digest)) {
            throw new DigestMismatchException(what, digest, actual);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        return messageDigest("SHA-256");
    }

    private static MessageDigest messageDigest(String alg) {
        try {
            return MessageDigest.getInstance(alg);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
