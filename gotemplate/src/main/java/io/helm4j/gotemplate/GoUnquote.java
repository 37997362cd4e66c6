package io.helm4j.gotemplate;

/** Go's {@code strconv.Unquote} and {@code UnquoteChar} for template literals. */
final class GoUnquote {
    private GoUnquote() {
    }

    /** {@code strconv.Quote}. */
    static String quote(String s) {
        return GoQuote.quote(s, false);
    }

    /** Thrown for Go's {@code strconv.ErrSyntax}. */
    static final class SyntaxError extends Exception {
        SyntaxError() {
            super("invalid syntax", null, false, false);
        }
    }

    /** {@code strconv.Unquote} of a double-quoted, back-quoted or single-quoted literal. */
    static String unquote(String in) throws SyntaxError {
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
        StringBuilder sb = new StringBuilder(body.length());
        int[] idx = {0};
        int count = 0;
        while (idx[0] < body.length()) {
            int c = unquoteChar(body, idx, q);
            sb.appendCodePoint(c);
            count++;
            if (q == '\'' && count > 1) {
                throw new SyntaxError();
            }
        }
        if (q == '\'' && count != 1) {
            throw new SyntaxError();
        }
        return sb.toString();
    }

    /** {@code strconv.UnquoteChar}: decodes one (possibly escaped) char at {@code idx[0]}, advancing it. */
    static int unquoteChar(String s, int[] idx, char quote) throws SyntaxError {
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
