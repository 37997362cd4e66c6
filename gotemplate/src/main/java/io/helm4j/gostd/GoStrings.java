package io.helm4j.gostd;

import java.nio.charset.StandardCharsets;

/**
 * Go strings (byte sequences that need not be valid UTF-8) carried in Java Strings.
 *
 * <p>Valid UTF-8 is decoded as usual. Each byte that is not part of a valid UTF-8 sequence (Go's
 * {@code utf8.DecodeRune} returns {@code RuneError, 1} for it) is carried as the lone low surrogate
 * {@code U+DC00 + byte} (0x80 to 0xFF give U+DC80 to U+DCFF), as Python's "surrogateescape" does. Valid
 * UTF-8 never decodes to a lone surrogate, so the mapping is one to one, and text that is valid UTF-8
 * costs nothing more than before: {@link #string} decodes with the JDK and looks again only when the
 * result holds U+FFFD; {@link #bytes} encodes with the JDK unless the string holds a surrogate.
 */
public final class GoStrings {
    private static final char BYTE_BASE = '\uDC00';

    private GoStrings() {
    }

    /** The Go string of these bytes. */
    public static String string(byte[] b) {
        return string(b, 0, b.length);
    }

    /** The Go string of {@code b[off:off+len]}. */
    public static String string(byte[] b, int off, int len) {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        return decode(b, off, off + len);
    }

    /** True if c carries a byte that is not valid UTF-8. */
    public static boolean isByte(char c) {
        return c >= '\uDC80' && c <= '\uDCFF';
    }

    /** The byte a {@link #isByte} char carries. */
    public static int byteOf(char c) {
        return c - BYTE_BASE;
    }

    /** The char carrying an invalid byte (0x80 to 0xFF). */
    public static char byteChar(int b) {
        return (char) (BYTE_BASE + (b & 0xFF));
    }

    /** True if s holds any surrogate (a carried byte or an astral character). */
    public static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if s carries a byte that is not valid UTF-8 (so it is no valid UTF-8 text). */
    public static boolean hasBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair's low half may lie in U+DC80..U+DCFF too: it is no byte
            } else if (isByte(c)) {
                return true;
            }
        }
        return false;
    }

    /** True if every char is ASCII: then chars are bytes. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The bytes Go holds for this string. */
    public static byte[] bytes(String s) {
        if (!hasSurrogates(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] out = new byte[len(s)];
        int o = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (isByte(c)) {
                out[o++] = (byte) byteOf(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else {
                int cp = Character.isSurrogate(c) ? 0xFFFD : c; // a lone surrogate is no rune: Go writes U+FFFD
                out[o++] = (byte) (0xE0 | cp >> 12);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return out;
    }

    /** {@code len(s)} in Go: the byte length. */
    public static int len(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (isByte(c)) {
                n++;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Go's {@code s[from:to]} (byte offsets, checked by the caller). */
    public static String slice(String s, int from, int to) {
        if (isAscii(s)) {
            return s.substring(from, to);
        }
        return string(bytes(s), from, to - from);
    }

    /**
     * The string with each carried byte replaced by U+FFFD, as Go's encoders and {@code strings.Map}
     * write an invalid byte.
     */
    public static String replaceBytes(String s) {
        if (!hasBytes(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(isByte(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /** Go's decoding: valid sequences as runes, every other byte carried alone. */
    private static String decode(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n == 0) {
                sb.append(byteChar(c));
                i++;
                continue;
            }
            int cp = switch (n) {
                case 2 -> (c & 0x1F) << 6 | b[i + 1] & 0x3F;
                case 3 -> (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
                default -> (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
            };
            sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    /** Length of the valid UTF-8 sequence at i (Go's accept ranges), or 0 if the byte is invalid there. */
    private static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + n > to) {
            return 0;
        }
        int c1 = b[i + 1] & 0xFF;
        if (c1 < lo || c1 > hi) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            int ck = b[i + k] & 0xFF;
            if (ck < 0x80 || ck > 0xBF) {
                return 0;
            }
        }
        return n;
    }
}
