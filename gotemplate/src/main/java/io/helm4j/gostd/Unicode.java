package io.helm4j.gostd;

/** Go's {@code unicode} classes that Helm's messages and parsers depend on. */
public final class Unicode {
    private Unicode() {
    }

    /**
     * {@code unicode.IsSpace}: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0, and above Latin-1 the
     * White_Space runes (which are Java's space characters there).
     */
    public static boolean isSpace(int r) {
        if (r <= 0xFF) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return Character.isSpaceChar(r);
    }

    /** {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        return Strconv.isPrint(r);
    }
}
