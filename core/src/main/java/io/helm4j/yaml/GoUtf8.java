package io.helm4j.yaml;

import java.nio.charset.StandardCharsets;

/**
 * go-yaml's reader over bytes: input that is not UTF-8 is refused with its words ("invalid leading UTF-8
 * octet", "invalid trailing UTF-8 octet"...) before anything is parsed, where Java's decoder would put
 * U+FFFD in. A control character met first is left to the parser, which reports it as go-yaml does.
 */
final class GoUtf8 {
    private GoUtf8() {
    }

    /** The text of {@code data}, or go-yaml's reader error (as sigs.k8s.io/yaml words it). */
    static String decode(byte[] data) {
        return readText(data, 0, data.length);
    }

    /**
     * go-yaml v2's reader over {@code data[from..to)}: the encoding from the byte order mark (UTF-16LE
     * {@code FF FE}, UTF-16BE {@code FE FF}, else UTF-8), each character
     * decoded with go-yaml's checks, the first problem thrown in its words. A control character is left
     * in the text: the parser refuses it as go-yaml does; so is a UTF-8 mark, which the parser skips.
     */
    static String readText(byte[] data, int from, int to) {
        int n = to - from;
        if (n >= 2 && (data[from] & 0xff) == 0xFF && (data[from + 1] & 0xff) == 0xFE) {
            return utf16(data, from + 2, to, false);
        }
        if (n >= 2 && (data[from] & 0xff) == 0xFE && (data[from + 1] & 0xff) == 0xFF) {
            return utf16(data, from + 2, to, true);
        }
        String problem = problem(data, from, to);
        if (problem != null) {
            throw readerError(problem);
        }
        return new String(data, from, n, StandardCharsets.UTF_8);
    }

    private static YamlException readerError(String problem) {
        return new YamlException(GoYamlReader.PREFIX + "yaml: " + problem, -1);
    }

    /** go-yaml's UTF-16 decoding (readerc.go), with its problems. */
    private static String utf16(byte[] data, int from, int to, boolean bigEndian) {
        StringBuilder sb = new StringBuilder((to - from) / 2);
        int i = from;
        while (i < to) {
            if (to - i < 2) {
                throw readerError("incomplete UTF-16 character");
            }
            int value = unit(data, i, bigEndian);
            if ((value & 0xFC00) == 0xDC00) {
                throw readerError("unexpected low surrogate area");
            }
            if ((value & 0xFC00) == 0xD800) {
                if (to - i < 4) {
                    throw readerError("incomplete UTF-16 surrogate pair");
                }
                int value2 = unit(data, i + 2, bigEndian);
                if ((value2 & 0xFC00) != 0xDC00) {
                    throw readerError("expected low surrogate area");
                }
                sb.appendCodePoint(0x10000 + ((value & 0x3FF) << 10) + (value2 & 0x3FF));
                i += 4;
            } else {
                sb.append((char) value);
                i += 2;
            }
        }
        return sb.toString();
    }

    private static int unit(byte[] data, int i, boolean bigEndian) {
        int a = data[i] & 0xff;
        int b = data[i + 1] & 0xff;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    /**
     * Go's view of a template string handed to a YAML reader ({@code fromYaml}, {@code fromYamlArray}): its
     * bytes (invalid ones kept as U+DC80..U+DCFF) read as go-yaml's reader reads them. Text without escaped
     * bytes or a UTF-16 byte order mark is returned as it is.
     */
    static String readGoString(String s) {
        if (!io.helm4j.gostd.GoStrings.hasBytes(s)) {
            return s;
        }
        byte[] bytes = io.helm4j.gostd.GoStrings.bytes(s);
        return readText(bytes, 0, bytes.length);
    }

    /**
     * The text of {@code data} with each byte that is not part of valid UTF-8 kept as the lone surrogate
     * U+DC80..U+DCFF (Python's "surrogateescape"), so that {@link #escapedBytesProblem} can still tell
     * what go-yaml would say of the original bytes.
     */
    static String decodeEscaped(byte[] data) {
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        try {
            return dec.decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // not UTF-8: decode piecewise below
        }
        StringBuilder sb = new StringBuilder(data.length);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(data);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(data.length + 1);
        while (in.hasRemaining()) {
            java.nio.charset.CoderResult r = dec.reset().decode(in, out, true);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isError()) {
                for (int k = 0; k < r.length(); k++) {
                    sb.append((char) (0xDC00 + (in.get() & 0xff)));
                }
            } else {
                break;
            }
        }
        return sb.toString();
    }

    /** go-yaml's reader problem with text from {@link #decodeEscaped}, or null when it holds no escaped byte. */
    static String escapedBytesProblem(String text) {
        boolean escaped = false;
        for (int i = 0; i < text.length() && !escaped; i++) {
            char c = text.charAt(i);
            escaped = c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        }
        if (!escaped) {
            return null;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                bytes.write(c - 0xDC00);
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        byte[] b = bytes.toByteArray();
        return problem(b, 0, b.length);
    }

    /** The first reader problem of go-yaml v2's readerc.go in {@code data}, or null. */
    static String problem(byte[] data, int from, int to) {
        int i = from;
        while (i < to) {
            int octet = data[i] & 0xff;
            int width = octet < 0x80 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                    : (octet & 0xF8) == 0xF0 ? 4 : 0;
            if (width == 0) {
                return "invalid leading UTF-8 octet";
            }
            if (i + width > to) {
                return "incomplete UTF-8 octet sequence";
            }
            int value = width == 1 ? octet : octet & (0xFF >> (width + 1));
            for (int k = 1; k < width; k++) {
                int t = data[i + k] & 0xff;
                if ((t & 0xC0) != 0x80) {
                    return "invalid trailing UTF-8 octet";
                }
                value = (value << 6) + (t & 0x3F);
            }
            if (width == 2 && value < 0x80 || width == 3 && value < 0x800 || width == 4 && value < 0x10000) {
                return "invalid length of a UTF-8 sequence";
            }
            if (value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
                return "invalid Unicode character";
            }
            if (!printable(value)) {
                return null;
            }
            i += width;
        }
        return null;
    }

    private static boolean printable(int v) {
        return v == 0x09 || v == 0x0A || v == 0x0D || v >= 0x20 && v <= 0x7E || v == 0x85
                || v >= 0xA0 && v <= 0xD7FF || v >= 0xE000 && v <= 0xFFFD || v >= 0x10000 && v <= 0x10FFFF;
    }
}
