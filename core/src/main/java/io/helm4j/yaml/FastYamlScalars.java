package io.helm4j.yaml;

/**
 * The text of quoted and block scalars for {@link FastYamlReader}, folded and escaped as
 * snakeyaml-engine's scanner does. Works on the reader's char array; each method returns the text
 * and leaves in {@link #end} the index just past the scalar (after the closing quote, or the start
 * of the line that ends a block scalar). Anything doubtful throws {@link FastYamlReader#DECLINE}.
 */
final class FastYamlScalars {
    private final char[] c;
    private final int n;
    /** Index just past the last scalar read. */
    int end;

    FastYamlScalars(char[] c, int n) {
        this.c = c;
        this.n = n;
    }

    /**
     * A single- or double-quoted scalar starting at the quote c[p]. With {@code oneLine} it must
     * close on its line; otherwise every continuation line must be indented past {@code parent}.
     */
    String quoted(int p, int parent, boolean oneLine) {
        boolean dq = c[p] == '"';
        char q = c[p];
        int i = p + 1;
        // common case: no escapes, no line break
        while (i < n) {
            char ch = c[i];
            if (ch == q || ch == '\\' || ch == '\n' || ch == '\t') {
                break;
            }
            i++;
        }
        if (i < n && c[i] == q && (dq || i + 1 >= n || c[i + 1] != '\'')) {
            end = i + 1;
            return new String(c, p + 1, i - p - 1);
        }
        while (i > p + 1 && c[i - 1] == ' ') {
            i--; // blanks before a line break are dropped: let the loop below see them
        }
        this.parent = parent;
        this.oneLine = oneLine;
        StringBuilder sb = new StringBuilder(i - p + 16);
        sb.append(c, p + 1, i - p - 1);
        while (true) {
            i = nonSpaces(sb, i, dq);
            if (i >= n) {
                throw FastYamlReader.DECLINE;
            }
            if (c[i] == q) {
                end = i + 1;
                return sb.toString();
            }
            int ws = i;
            while (i < n && (c[i] == ' ' || c[i] == '\t')) {
                i++;
            }
            if (i >= n) {
                throw FastYamlReader.DECLINE;
            }
            if (c[i] == '\n') {
                i = breaks(i + 1);
                if (lastBreaks == 0) {
                    sb.append(' ');
                } else {
                    appendBreaks(sb, lastBreaks);
                }
            } else {
                sb.append(c, ws, i - ws);
            }
        }
    }

    private int parent;
    private boolean oneLine;
    private int lastBreaks;

    /**
     * After a line break inside a quoted scalar: skips the leading blanks of following lines,
     * counting the empty ones in {@link #lastBreaks}; returns the index of the next content.
     */
    private int breaks(int i) {
        if (oneLine) {
            throw FastYamlReader.DECLINE;
        }
        int count = 0;
        while (true) {
            int s = i;
            if (isMarker(s)) {
                throw FastYamlReader.DECLINE;
            }
            while (i < n && c[i] == ' ') {
                i++;
            }
            if (i < n && c[i] == '\t') {
                throw FastYamlReader.DECLINE;
            }
            if (i < n && c[i] == '\n') {
                count++;
                i++;
                continue;
            }
            if (i >= n || i - s <= parent) {
                throw FastYamlReader.DECLINE;
            }
            lastBreaks = count;
            return i;
        }
    }

    /** Copies non-blank characters and escapes into sb; returns the index of a blank, break or quote. */
    private int nonSpaces(StringBuilder sb, int i, boolean dq) {
        while (i < n) {
            char ch = c[i];
            if (ch == ' ' || ch == '\t' || ch == '\n') {
                return i;
            }
            if (dq) {
                if (ch == '"') {
                    return i;
                }
                if (ch == '\\') {
                    if (i + 1 < n && c[i + 1] == '\n') {
                        i = breaks(i + 2); // an escaped line break: no space
                        appendBreaks(sb, lastBreaks);
                    } else {
                        i = escape(sb, i + 1);
                    }
                    continue;
                }
            } else if (ch == '\'') {
                if (i + 1 < n && c[i + 1] == '\'') {
                    sb.append('\'');
                    i += 2;
                    continue;
                }
                return i;
            }
            sb.append(ch);
            i++;
        }
        return i;
    }

    /** The escape after a backslash at i-1; returns the index after it. */
    private int escape(StringBuilder sb, int i) {
        if (i >= n) {
            throw FastYamlReader.DECLINE;
        }
        char e = c[i];
        char r;
        switch (e) {
            case '0' -> r = '\0';
            case 'a' -> r = '\u0007';
            case 'b' -> r = '\b';
            case 't', '\t' -> r = '\t';
            case 'n' -> r = '\n';
            case 'v' -> r = '\u000B';
            case 'f' -> r = '\f';
            case 'r' -> r = '\r';
            case 'e' -> r = '\u001B';
            case ' ' -> r = ' ';
            case '"' -> r = '"';
            case '/' -> r = '/';
            case '\\' -> r = '\\';
            case 'N' -> r = '\u0085';
            case '_' -> r = '\u00A0';
            case 'x' -> {
                return hex(sb, i + 1, 2);
            }
            case 'u' -> {
                return hex(sb, i + 1, 4);
            }
            case 'U' -> {
                return hex(sb, i + 1, 8);
            }
            default -> throw FastYamlReader.DECLINE; // \L, \P, line breaks, unknown escapes
        }
        sb.append(r);
        return i + 1;
    }

    private int hex(StringBuilder sb, int i, int len) {
        if (i + len > n) {
            throw FastYamlReader.DECLINE;
        }
        int v = 0;
        for (int k = i; k < i + len; k++) {
            int d = Character.digit(c[k], 16);
            if (d < 0 || c[k] > 'f') {
                throw FastYamlReader.DECLINE;
            }
            v = v * 16 + d;
        }
        if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
            throw FastYamlReader.DECLINE;
        }
        sb.appendCodePoint(v);
        return i + len;
    }

    /**
     * A literal or folded block scalar whose indicator is c[p], inside a block collection whose
     * scanner indentation is {@code parent}. Sets {@link #end} to the start of the line that ends it.
     */
    String block(int p, int parent) {
        boolean folded = c[p] == '>';
        int i = p + 1;
        int chomp = 0; // -1 strip, 0 clip, 1 keep
        int incr = 0;
        if (i < n && (c[i] == '-' || c[i] == '+')) {
            chomp = c[i] == '-' ? -1 : 1;
            i++;
            if (i < n && c[i] >= '0' && c[i] <= '9') {
                incr = digit(c[i]);
                i++;
            }
        } else if (i < n && c[i] >= '0' && c[i] <= '9') {
            incr = digit(c[i]);
            i++;
            if (i < n && (c[i] == '-' || c[i] == '+')) {
                chomp = c[i] == '-' ? -1 : 1;
                i++;
            }
        }
        if (i < n && c[i] != ' ' && c[i] != '\n') {
            throw FastYamlReader.DECLINE;
        }
        while (i < n && c[i] == ' ') {
            i++;
        }
        if (i < n && c[i] == '#') {
            while (i < n && c[i] != '\n') {
                i++;
            }
        }
        if (i < n && c[i] != '\n') {
            throw FastYamlReader.DECLINE;
        }
        if (i < n) {
            i++;
        }
        int minIndent = Math.max(parent + 1, 1);
        int indent;
        int breaks = 0;
        int col = 0;
        if (incr > 0) {
            indent = minIndent + incr - 1;
            while (col < indent && i < n && c[i] == ' ') {
                i++;
                col++;
            }
            while (i < n && c[i] == '\n') {
                breaks++;
                i++;
                col = 0;
                while (col < indent && i < n && c[i] == ' ') {
                    i++;
                    col++;
                }
            }
        } else {
            int maxIndent = 0;
            while (i < n && (c[i] == ' ' || c[i] == '\n')) {
                if (c[i] == '\n') {
                    breaks++;
                    col = 0;
                } else {
                    col++;
                    maxIndent = Math.max(maxIndent, col);
                }
                i++;
            }
            if (col > 0 && col < maxIndent) {
                throw FastYamlReader.DECLINE; // snakeyaml: "the leading empty lines contain more spaces"
            }
            indent = Math.max(minIndent, maxIndent);
        }
        StringBuilder sb = new StringBuilder();
        boolean lineBreak = false;
        while (col == indent && i < n) {
            appendBreaks(sb, breaks);
            boolean leadingNonSpace = c[i] != ' ' && c[i] != '\t';
            int s = i;
            while (i < n && c[i] != '\n') {
                i++;
            }
            sb.append(c, s, i - s);
            lineBreak = true; // snakeyaml ends a last line at the end of the stream with a break too
            if (i < n) {
                i++;
            }
            col = 0;
            breaks = 0;
            while (col < indent && i < n && c[i] == ' ') {
                i++;
                col++;
            }
            while (i < n && c[i] == '\n') {
                breaks++;
                i++;
                col = 0;
                while (col < indent && i < n && c[i] == ' ') {
                    i++;
                    col++;
                }
            }
            if (col == indent && i < n) {
                if (folded && lineBreak && leadingNonSpace && c[i] != ' ' && c[i] != '\t') {
                    if (breaks == 0) {
                        sb.append(' ');
                    }
                } else if (lineBreak) {
                    sb.append('\n');
                }
            } else {
                break;
            }
        }
        if (chomp >= 0 && lineBreak) {
            sb.append('\n');
        }
        if (chomp > 0) {
            appendBreaks(sb, breaks);
        }
        end = i - col;
        return sb.toString();
    }

    private static int digit(char ch) {
        if (ch == '0') {
            throw FastYamlReader.DECLINE;
        }
        return ch - '0';
    }

    private static void appendBreaks(StringBuilder sb, int breaks) {
        for (int k = 0; k < breaks; k++) {
            sb.append('\n');
        }
    }

    /** Whether ch cannot start a plain scalar of the kinds the reader takes (indicators and blanks). */
    static boolean indicator(char ch) {
        return switch (ch) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ',
                 '\t', '\n' -> true;
            default -> false;
        };
    }

    /** Whether a line starting at s is a document marker ("---" or "..." then a blank or the end). */
    boolean isMarker(int s) {
        if (s + 3 > n) {
            return false;
        }
        char m = c[s];
        if ((m != '-' && m != '.') || c[s + 1] != m || c[s + 2] != m) {
            return false;
        }
        return s + 3 == n || c[s + 3] == ' ' || c[s + 3] == '\n' || c[s + 3] == '\t';
    }
}
