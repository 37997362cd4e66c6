package io.helm4j.internal.jsonpath;

/** The bits of Go's strconv the parser uses: Atoi, ParseFloat and client-go's UnquoteExtend. */
final class GoNumbers {
    private GoNumbers() {
    }

    /** strconv.Atoi: an optional sign and decimal digits; null when Go would fail. */
    static Integer atoi(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return Integer.valueOf(s.startsWith("+") ? digits : s);
        } catch (NumberFormatException e) {
            return null; // beyond int: Go's int is 64-bit, but no slice is that long
        }
    }

    /** strconv.ParseFloat for the sign, digits and dots the parser collects; null when Go would fail. */
    static Double parseFloat(String s) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        int dot = body.indexOf('.');
        if (body.isEmpty() || body.equals(".") || (dot >= 0 && body.indexOf('.', dot + 1) >= 0)) {
            return null;
        }
        return Double.valueOf(s);
    }

    /** client-go's UnquoteExtend: strconv.Unquote that also takes single-quoted strings. */
    static String unquoteExtend(String s) {
        int n = s.length();
        char quote = s.charAt(0);
        if (n < 2 || s.charAt(n - 1) != quote) {
            throw new JsonPathException("unquote string " + s + " error invalid syntax");
        }
        String body = s.substring(1, n - 1);
        if (body.indexOf('\\') < 0 && body.indexOf(quote) < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == quote) {
                throw new JsonPathException("unquote string " + s + " error invalid syntax");
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= body.length()) {
                throw new JsonPathException("unquote string " + s + " error invalid syntax");
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case '\'', '"' -> {
                    if (e != quote) {
                        throw new JsonPathException("unquote string " + s + " error invalid syntax");
                    }
                    out.append(e);
                }
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len > body.length()) {
                        throw new JsonPathException("unquote string " + s + " error invalid syntax");
                    }
                    int v;
                    try {
                        v = Integer.parseUnsignedInt(body.substring(i, i + len), 16);
                    } catch (NumberFormatException ex) {
                        throw new JsonPathException("unquote string " + s + " error invalid syntax");
                    }
                    i += len;
                    if (e == 'x') {
                        out.append((char) v); // a byte; fine for ASCII
                    } else {
                        out.appendCodePoint(v);
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7' && i + 1 < body.length() + 1 && i + 2 <= body.length()) {
                        String oct = body.substring(i - 1, i + 2);
                        try {
                            out.append((char) Integer.parseInt(oct, 8));
                        } catch (NumberFormatException ex) {
                            throw new JsonPathException("unquote string " + s + " error invalid syntax");
                        }
                        i += 2;
                    } else {
                        throw new JsonPathException("unquote string " + s + " error invalid syntax");
                    }
                }
            }
        }
        return out.toString();
    }
}
