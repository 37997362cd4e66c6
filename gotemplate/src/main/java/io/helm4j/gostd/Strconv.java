package io.helm4j.gostd;

/**
 * Go's {@code strconv} quoting, the one copy every package uses: {@code Quote}, {@code QuoteToASCII},
 * {@code QuoteRune}, {@code CanBackquote}, {@code IsPrint}, {@code Unquote} and {@code UnquoteChar}.
 */
public final class Strconv {
    /** Go's {@code utf8.RuneError}. */
    public static final int RUNE_ERROR = 0xFFFD;
    /** Go's {@code utf8.MaxRune}. */
    public static final int MAX_RUNE = 0x10FFFF;
    private static final String HEX = "0123456789abcdef";

    private Strconv() {
    }

    /** {@code strconv.Quote}: a double-quoted Go string literal, as {@code %q} prints a string. */
    public static String quote(String s) {
        return quote(s, false);
    }

    /** {@code strconv.Quote} ({@code asciiOnly}: {@code QuoteToASCII}). */
    public static String quote(String s, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xDC80 && r <= 0xDCFF) { // a byte that is not UTF-8 (GoStrings)
                int b = r - 0xDC00;
                out.append("\\x").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
                continue;
            }
            appendEscaped(out, r, '"', asciiOnly);
        }
        return out.append('"').toString();
    }

    /** {@code strconv.QuoteRune} ({@code asciiOnly}: {@code QuoteRuneToASCII}). */
    public static String quoteRune(int r, boolean asciiOnly) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        StringBuilder out = new StringBuilder(8).append('\'');
        appendEscaped(out, r, '\'', asciiOnly);
        return out.append('\'').toString();
    }

    /** True when s can be written as a raw (backquoted) Go string: no control characters but tab, no backquote, no BOM. */
    public static boolean canBackquote(String s) {
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

    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
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

    /** Thrown for Go's {@code strconv.ErrSyntax}. */
    public static final class SyntaxError extends Exception {
        SyntaxError() {
            super("invalid syntax", null, false, false);
        }
    }

    /** {@code strconv.Unquote} of a double-quoted, back-quoted or single-quoted literal. */
    public static String unquote(String in) throws SyntaxError {
        int n = in.length();
        if (n < 2) {
            throw new SyntaxError();
        }
        char q = in.charAt(0);
        if (q != in.charAt(n - 1)) {
            throw new SyntaxError();
        }
        String body = in.substring(1, n - 1);
        if (q == '`') {
            if (body.indexOf('`') >= 0) {
                throw new SyntaxError();
            }
            return body.indexOf('\r') >= 0 ? body.replace("\r", "") : body;
        }
        if (q != '"' && q != '\'') {
            throw new SyntaxError();
        }
        if (body.indexOf('\n') >= 0) {
            throw new SyntaxError();
        }
        if (body.indexOf('\\') < 0 && body.indexOf(q) < 0) {
            if (q == '"') {
                return body;
            }
            if (body.codePointCount(0, body.length()) == 1) {
                return body;
            }
        }
        if (q == '"') {
            return unquoteBytes(body);
        }
        StringBuilder sb = new StringBuilder(body.length());
        int[] idx = {0};
        int count = 0;
        while (idx[0] < body.length()) {
            int c = unquoteChar(body, idx, q);
            sb.appendCodePoint(c);
            count++;
            if (count > 1) {
                throw new SyntaxError();
            }
        }
        if (count != 1) {
            throw new SyntaxError();
        }
        return sb.toString();
    }

    /**
     * A double-quoted body: {@code \xNN} and octal escapes are bytes (so {@code "\xc3\xa9"} is "é" and
     * {@code "\xff"} the byte 0xFF, carried as {@link GoStrings} does), every other escape a rune.
     */
    private static String unquoteBytes(String body) throws SyntaxError {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length());
        int[] idx = {0};
        while (idx[0] < body.length()) {
            int start = idx[0];
            int c = unquoteChar(body, idx, '"');
            char e = body.charAt(start) == '\\' ? body.charAt(start + 1) : 0;
            if (e == 'x' || (e >= '0' && e <= '7')) {
                out.write(c);
            } else {
                out.writeBytes(GoStrings.bytes(new String(Character.toChars(c))));
            }
        }
        return GoStrings.string(out.toByteArray());
    }

    /** {@code strconv.UnquoteChar}: decodes one (possibly escaped) char at {@code idx[0]}, advancing it. */
    public static int unquoteChar(String s, int[] idx, char quote) throws SyntaxError {
        int i = idx[0];
        int c = s.codePointAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            throw new SyntaxError();
        }
        if (c != '\\') {
            idx[0] = i + Character.charCount(c);
            return c;
        }
        if (i + 1 >= s.length()) {
            throw new SyntaxError();
        }
        char e = s.charAt(i + 1);
        i += 2;
        int value;
        switch (e) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case 'x', 'u', 'U' -> {
                int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i + len > s.length()) {
                    throw new SyntaxError();
                }
                int v = 0;
                for (int j = 0; j < len; j++) {
                    int d = Character.digit(s.charAt(i + j), 16);
                    if (d < 0) {
                        throw new SyntaxError();
                    }
                    v = (v << 4) | d;
                }
                i += len;
                if (e != 'x' && (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || v < 0)) {
                    throw new SyntaxError();
                }
                value = v;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 2 > s.length()) {
                    throw new SyntaxError();
                }
                int v = e - '0';
                for (int j = 0; j < 2; j++) {
                    int d = s.charAt(i + j) - '0';
                    if (d < 0 || d > 7) {
                        throw new SyntaxError();
                    }
                    v = (v << 3) | d;
                }
                i += 2;
                if (v > 255) {
                    throw new SyntaxError();
                }
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (e != quote) {
                    throw new SyntaxError();
                }
                value = e;
            }
            default -> throw new SyntaxError();
        }
        idx[0] = i;
        return value;
    }
}
