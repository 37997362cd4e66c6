package io.helm4j.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cursor over a TOML text for {@link GoTomlReader}, and its scalars as BurntSushi/toml reads
 * them: basic, literal and multi-line strings with TOML's escapes, integers (decimal with
 * underscores, 0x/0o/0b) as Long, floats (with inf and nan) as Double, date-times as
 * {@link GoTomlTime}. Lines are counted for the errors, which carry the key being read.
 */
final class GoTomlScalars {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})?(?:[Tt ]?(\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String s;
    private int pos;
    private int line = 1;
    /** The dotted key whose value is being read, shown in errors; null between key/values. */
    String lastKey;

    GoTomlScalars(String s) {
        this.s = s;
    }

    // ---- the cursor ----

    boolean eof() {
        return pos >= s.length();
    }

    /** The code point at the cursor, or -1 at the end. */
    int peek() {
        return pos < s.length() ? s.codePointAt(pos) : -1;
    }

    int peekAt(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : -1;
    }

    void next() {
        if (pos < s.length()) {
            if (s.charAt(pos) == '\n') {
                line++;
            }
            pos += Character.charCount(s.codePointAt(pos));
        }
    }

    int line() {
        return line;
    }

    boolean atNewline() {
        return s.startsWith("\n", pos) || s.startsWith("\r\n", pos);
    }

    void skipSpace() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    void skipComment() {
        while (!eof() && !atNewline()) {
            next();
        }
    }

    /** White space, newlines and comments. */
    void skipBlankLines() {
        while (true) {
            skipSpace();
            if (peek() == '#') {
                skipComment();
            }
            if (!atNewline()) {
                return;
            }
            if (peek() == '\r') {
                next();
            }
            next();
        }
    }

    YamlException error(String message) {
        return errorAt(line, message);
    }

    YamlException errorAt(int at, String message) {
        String where = lastKey == null ? "toml: line " + at + ": "
                : "toml: line " + at + " (last key " + GoSyntax.quote(lastKey) + "): ";
        return new YamlException(where + message, at);
    }

    /** Go's %q of a rune; the end of the input shows as the NUL rune, as BurntSushi's lexer prints it. */
    static String quoteRune(int c) {
        if (c < 0) {
            return "'\\x00'";
        }
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoSyntax.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    static boolean isBare(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    // ---- keys ----

    String bareKey() {
        int start = pos;
        while (isBare(peek())) {
            pos++;
        }
        return s.substring(start, pos);
    }

    String quotedKey() {
        return peek() == '"' ? basic() : literal();
    }

    // ---- values ----

    Object scalar() {
        int c = peek();
        if (c == '"') {
            return s.startsWith("\"\"\"", pos) ? multiLineBasic() : basic();
        }
        if (c == '\'') {
            return s.startsWith("'''", pos) ? multiLineLiteral() : literal();
        }
        if (c < 0) {
            throw error("unexpected EOF; expected value");
        }
        if (c == '\n' || c == '\r') {
            throw error("unexpected newline; expected value");
        }
        if (Character.isLetter(c)) {
            int start = pos;
            while (Character.isLetter(peek())) {
                next();
            }
            String word = s.substring(start, pos);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> throw error("expected value but found " + GoSyntax.quote(word) + " instead");
            };
        }
        if (c == '+' || c == '-' || c >= '0' && c <= '9') {
            return numberOrDate();
        }
        if (c == '.') {
            throw error("floats must start with a digit, not '.'");
        }
        throw error("expected value but found " + quoteRune(c) + " instead");
    }

    private Object numberOrDate() {
        int start = pos;
        while (isBare(peek()) || peek() == '+' || peek() == '.' || peek() == ':') {
            pos++;
        }
        if (DATE_PREFIX.matcher(s).region(start, pos).matches() && peek() == ' ' && peekAt(1) >= '0'
                && peekAt(1) <= '9') {
            pos++;
            while (isBare(peek()) || peek() == '+' || peek() == '.' || peek() == ':') {
                pos++;
            }
        }
        String tok = s.substring(start, pos);
        Matcher m = DATE_TIME.matcher(tok);
        if ((tok.indexOf(':') > 0 || DATE_PREFIX.matcher(tok).lookingAt()) && m.matches()) {
            return GoTomlTime.of(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return GoTomlNumbers.parse(tok, this);
    }

    private String basic() {
        return singleLine('"', true);
    }

    private String literal() {
        return singleLine('\'', false);
    }

    /** A one-line string: a basic one (with escapes) or a literal one. */
    private String singleLine(char quote, boolean escapes) {
        next();
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("unexpected EOF; expected " + (quote == '"' ? "'\"'" : "\"'\""));
            }
            if (c == '\n' || c == '\r' && peekAt(1) == '\n') {
                throw error("strings cannot contain newlines");
            }
            next();
            if (c == quote) {
                return b.toString();
            }
            if (c == '\\' && escapes) {
                escape(b);
            } else {
                b.appendCodePoint(c);
            }
        }
    }

    private String multiLineBasic() {
        pos += 3;
        skipFirstNewline();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (eof()) {
                throw error("unexpected EOF; expected '\"\"\"'");
            }
            if (s.startsWith("\"\"\"", pos)) {
                pos += 3;
                for (int i = 0; i < 2 && peek() == '"'; i++) {
                    b.append('"');
                    pos++;
                }
                return b.toString();
            }
            int c = peek();
            next();
            if (c != '\\') {
                b.appendCodePoint(c);
                continue;
            }
            int save = pos;
            skipSpace();
            if (atNewline()) {
                // a line-ending backslash trims the white space and newlines that follow
                while (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n') {
                    next();
                }
            } else {
                pos = save;
                escape(b);
            }
        }
    }

    private String multiLineLiteral() {
        pos += 3;
        skipFirstNewline();
        int start = pos;
        int end = s.indexOf("'''", pos);
        if (end < 0) {
            pos = s.length();
            throw error("unexpected EOF; expected \"'''\"");
        }
        for (int extra = 0; extra < 2 && end + 3 < s.length() && s.charAt(end + 3) == '\''; extra++) {
            end++; // up to two quotes just before the closing ones belong to the text
        }
        while (pos < end) {
            next();
        }
        pos = end + 3;
        return s.substring(start, end);
    }

    private void skipFirstNewline() {
        if (s.startsWith("\n", pos)) {
            next();
        } else if (s.startsWith("\r\n", pos)) {
            pos++;
            next();
        }
    }

    private void escape(StringBuilder b) {
        int e = peek();
        next();
        switch (e) {
            case 'b' -> b.append('\b');
            case 't' -> b.append('\t');
            case 'n' -> b.append('\n');
            case 'f' -> b.append('\f');
            case 'r' -> b.append('\r');
            case 'e' -> b.append('\u001b');
            case '"' -> b.append('"');
            case '\\' -> b.append('\\');
            case 'u' -> b.appendCodePoint(hex(4, "four", 'u'));
            case 'U' -> b.appendCodePoint(hex(8, "eight", 'U'));
            default -> throw error(
                    "invalid escape in string '\\" + (e < 0 ? "" : new String(Character.toChars(e))) + "'");
        }
    }

    private int hex(int digits, String count, char escape) {
        String h = s.substring(pos, Math.min(s.length(), pos + digits));
        boolean ok = h.length() == digits;
        for (int i = 0; i < h.length() && ok; i++) {
            ok = h.charAt(i) < 0x80 && Character.digit(h.charAt(i), 16) >= 0;
        }
        if (!ok) {
            throw error("expected " + count + " hexadecimal digits after '\\" + escape + "', but got "
                    + GoSyntax.quote("\\" + escape + h) + " instead");
        }
        pos += digits;
        long v = Long.parseLong(h, 16);
        if (v > Character.MAX_CODE_POINT || v >= 0xD800 && v <= 0xDFFF) {
            throw error("Escaped character '\\" + escape + h + "' is not valid UTF-8.");
        }
        return (int) v;
    }
}
