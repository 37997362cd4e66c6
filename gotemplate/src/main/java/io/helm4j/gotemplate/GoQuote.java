package io.helm4j.gotemplate;

/** Go's {@code strconv} quoting: {@code Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code CanBackquote}, {@code IsPrint}. */
final class GoQuote {
    static final int RUNE_ERROR = 0xFFFD;
    static final int MAX_RUNE = 0x10FFFF;
    private static final String HEX = "0123456789abcdef";

    private GoQuote() {
    }

    /** {@code strconv.Quote} ({@code asciiOnly}: {@code QuoteToASCII}). */
    static String quote(String s, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            appendEscaped(out, r, '"', asciiOnly);
        }
        return out.append('"').toString();
    }

    /** {@code strconv.QuoteRune} ({@code asciiOnly}: {@code QuoteRuneToASCII}). */
    static String quoteRune(int r, boolean asciiOnly) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        StringBuilder out = new StringBuilder(8).append('\'');
        appendEscaped(out, r, '\'', asciiOnly);
        return out.append('\'').toString();
    }

    /** True when s can be written as a raw (backquoted) Go string: no control characters but tab, no backquote, no BOM. */
    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (Character.isSurrogate((char) r) && r < 0x10000) {
                return false;
            }
            if (r >= 0x80) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == '`' || r == 0x7F || (r < ' ' && r != '\t')) {
                return false;
            }
        }
        return true;
    }

    static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int r) {
        if (r < 0x80) {
            return r >= 0x20 && r < 0x7F;
        }
        if (!validRune(r)) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void appendEscaped(StringBuilder out, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            out.append('\\').appendCodePoint(r);
            return;
        }
        if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            out.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    out.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xF));
                } else if (r < 0x10000 || !validRune(r)) {
                    appendHex(out, "\\u", validRune(r) ? r : RUNE_ERROR, 4);
                } else {
                    appendHex(out, "\\U", r, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, String prefix, int r, int digits) {
        out.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX.charAt((r >> shift) & 0xF));
        }
    }
}
