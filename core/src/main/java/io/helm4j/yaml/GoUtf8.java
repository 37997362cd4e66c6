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
        String problem = data.length >= 2 && ((data[0] & 0xff) == 0xFE && (data[1] & 0xff) == 0xFF
                || (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE) ? null : problem(data);
        if (problem != null) {
            throw new YamlException(GoYamlReader.PREFIX + "yaml: " + problem, -1);
        }
        return new String(data, StandardCharsets.UTF_8);
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
        return problem(bytes.toByteArray());
    }

    /** The first reader problem of go-yaml v2's readerc.go in {@code data}, or null. */
    static String problem(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int octet = data[i] & 0xff;
            int width = octet < 0x80 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                    : (octet & 0xF8) == 0xF0 ? 4 : 0;
            if (width == 0) {
                return "invalid leading UTF-8 octet";
            }
            if (i + width > data.length) {
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
