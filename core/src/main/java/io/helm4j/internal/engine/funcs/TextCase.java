package io.helm4j.internal.engine.funcs;

/** Case and layout helpers from goutils (wrap, abbreviate, initials, swapcase) and xstrings (snake, kebab, camel). */
final class TextCase {
    private TextCase() {
    }

    static String uncapitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean next = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (GoText.isSpace(c)) {
                next = true;
            } else if (next) {
                c = Character.toLowerCase(c);
                next = false;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    static String initials(String s) {
        byte[] b = GoText.utf8(s);
        StringBuilder sb = new StringBuilder();
        boolean gap = true;
        for (byte x : b) {
            int ch = x & 0xff;
            if (GoText.isSpace(ch)) {
                gap = true;
            } else if (gap) {
                sb.appendCodePoint(ch);
                gap = false;
            }
        }
        return sb.toString();
    }

    static String swapCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean whitespace = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                c = Character.toLowerCase(c);
                whitespace = false;
            } else if (Character.isLowerCase(c)) {
                c = whitespace ? Character.toTitleCase(c) : Character.toUpperCase(c);
                whitespace = false;
            } else {
                whitespace = GoText.isSpace(c);
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** goutils WrapCustom over bytes. */
    static String wrap(String str, int wrapLength, String newLine, boolean wrapLongWords) {
        if (str.isEmpty()) {
            return "";
        }
        if (newLine.isEmpty()) {
            newLine = "\n";
        }
        if (wrapLength < 1) {
            wrapLength = 1;
        }
        byte[] s = GoText.utf8(str);
        int len = s.length;
        int offset = 0;
        StringBuilder out = new StringBuilder();
        while (len - offset > wrapLength) {
            if (s[offset] == ' ') {
                offset++;
                continue;
            }
            int end = Math.min(wrapLength + offset + 1, len);
            int space = lastSpace(s, offset, end);
            if (space >= offset) {
                out.append(GoText.str(s, offset, space)).append(newLine);
                offset = space + 1;
            } else if (wrapLongWords) {
                out.append(GoText.str(s, offset, wrapLength + offset)).append(newLine);
                offset += wrapLength;
            } else {
                int e = wrapLength + offset;
                int idx = -1;
                for (int i = e; i < len; i++) {
                    if (s[i] == ' ') {
                        idx = i;
                        break;
                    }
                }
                if (idx < 0) {
                    out.append(GoText.str(s, offset, len));
                    offset = len;
                } else {
                    out.append(GoText.str(s, offset, idx)).append(newLine);
                    offset = idx + 1;
                }
            }
        }
        out.append(GoText.str(s, offset, len));
        return out.toString();
    }

    private static int lastSpace(byte[] s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** goutils AbbreviateFull over bytes; maxWidth is at least 4. */
    static String abbreviate(String str, int offset, int maxWidth) {
        byte[] s = GoText.utf8(str);
        int len = s.length;
        if (len == 0 || len <= maxWidth) {
            return str;
        }
        if (offset > len) {
            offset = len;
        }
        if (len - offset < maxWidth - 3) {
            offset = len - (maxWidth - 3);
        }
        if (offset <= 4) {
            return GoText.str(s, 0, maxWidth - 3) + "...";
        }
        if (maxWidth < 7) {
            return "";
        }
        if (offset + maxWidth - 3 < len) {
            return "..." + abbreviate(GoText.str(s, offset, len), 0, maxWidth - 3);
        }
        return "..." + GoText.str(s, len - (maxWidth - 3), len);
    }

    private static boolean isConnector(int r) {
        return r == '-' || r == '_' || GoText.isSpace(r);
    }

    /** xstrings ToCamelCase as Sprig 3.3 exposes it: words joined, each capitalised. */
    static String toCamelCase(String str) {
        if (str.isEmpty()) {
            return "";
        }
        StringBuilder buf = new StringBuilder();
        int[] rs = str.codePoints().toArray();
        int i = 0;
        int r0 = 0;
        boolean firstUpper = false;
        while (i < rs.length) {
            r0 = rs[i++];
            if (!isConnector(r0)) {
                firstUpper = Character.isUpperCase(r0);
                r0 = Character.toUpperCase(r0);
                break;
            }
            buf.appendCodePoint(r0);
        }
        if (i >= rs.length) {
            buf.appendCodePoint(r0);
            return buf.toString();
        }
        while (i < rs.length) {
            int r1 = r0;
            r0 = rs[i++];
            if (isConnector(r0) && isConnector(r1)) {
                buf.appendCodePoint(r1);
                continue;
            }
            if (isConnector(r1)) {
                firstUpper = Character.isUpperCase(r0);
                r0 = Character.toUpperCase(r0);
            } else {
                if (firstUpper) {
                    if (Character.isUpperCase(r0)) {
                        r0 = Character.toLowerCase(r0);
                    } else {
                        firstUpper = false;
                    }
                }
                buf.appendCodePoint(r1);
            }
        }
        buf.appendCodePoint(r0);
        return buf.toString();
    }

    /** xstrings camelCaseToLowerCase: snakecase and kebabcase. */
    static String toLowerWords(String str, char connector) {
        if (str.isEmpty()) {
            return "";
        }
        StringBuilder buf = new StringBuilder();
        Words w = new Words(str.codePoints().toArray());
        Word cur = w.next();
        while (w.hasMore()) {
            if (cur.type != CONNECTOR) {
                toLower(buf, cur, connector);
            }
            int prev = cur.type;
            Word last = cur;
            cur = w.next();
            switch (prev) {
                case NUMBER -> {
                    while (cur.type == ALPHABET || cur.type == NUMBER) {
                        toLower(buf, cur, connector);
                        cur = w.next();
                    }
                    if (cur.type != INVALID && cur.type != PUNCT && cur.type != CONNECTOR) {
                        buf.append(connector);
                    }
                }
                case CONNECTOR -> toLower(buf, last, connector);
                case PUNCT -> {
                }
                default -> {
                    if (cur.type != NUMBER) {
                        if (cur.type != CONNECTOR && cur.type != PUNCT) {
                            buf.append(connector);
                        }
                        break;
                    }
                    if (!w.hasMore()) {
                        break;
                    }
                    Word num = cur;
                    cur = w.next();
                    if (cur.type != ALPHABET) {
                        toLower(buf, new Word(NUMBER, num.text), connector);
                        if (cur.type != CONNECTOR && cur.type != PUNCT) {
                            buf.append(connector);
                        }
                        break;
                    }
                    buf.append(connector);
                    toLower(buf, new Word(NUMBER, num.text), connector);
                    while (cur.type == ALPHABET || cur.type == NUMBER) {
                        toLower(buf, cur, connector);
                        cur = w.next();
                    }
                    if (cur.type != INVALID && cur.type != CONNECTOR && cur.type != PUNCT) {
                        buf.append(connector);
                    }
                }
            }
        }
        toLower(buf, cur, connector);
        return buf.toString();
    }

    private static void toLower(StringBuilder buf, Word w, char connector) {
        if (w.type != UPPER && w.type != CONNECTOR) {
            buf.append(w.text);
            return;
        }
        w.text.codePoints().forEach(r -> {
            if (isConnector(r)) {
                buf.append(connector);
            } else if (Character.isUpperCase(r)) {
                buf.appendCodePoint(Character.toLowerCase(r));
            } else {
                buf.appendCodePoint(r);
            }
        });
    }

    static final int INVALID = 0;
    static final int NUMBER = 1;
    static final int UPPER = 2;
    static final int ALPHABET = 3;
    static final int CONNECTOR = 4;
    static final int PUNCT = 5;
    static final int OTHER = 6;

    private record Word(int type, String text) {
    }

    private static boolean isAlphabet(int r) {
        return Character.isLetter(r);
    }

    private static boolean isPunct(int r) {
        int t = Character.getType(r);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isNumber(int r) {
        int t = Character.getType(r);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** xstrings nextWord over code points. */
    private static final class Words {
        private final int[] rs;
        private int pos;

        Words(int[] rs) {
            this.rs = rs;
        }

        boolean hasMore() {
            return pos < rs.length;
        }

        Word next() {
            if (pos >= rs.length) {
                return new Word(INVALID, "");
            }
            int start = pos;
            int r = rs[pos++];
            int type;
            if (isConnector(r)) {
                type = CONNECTOR;
                while (pos < rs.length && isConnector(rs[pos])) {
                    pos++;
                }
            } else if (isPunct(r)) {
                type = PUNCT;
                while (pos < rs.length && isPunct(rs[pos])) {
                    pos++;
                }
            } else if (Character.isUpperCase(r)) {
                type = UPPER;
                if (pos < rs.length) {
                    int n = rs[pos];
                    if (Character.isUpperCase(n)) {
                        pos++;
                        while (pos < rs.length && Character.isUpperCase(rs[pos])) {
                            pos++;
                        }
                        if (pos < rs.length && isAlphabet(rs[pos])) {
                            pos--;
                        }
                    } else if (isAlphabet(n)) {
                        pos++;
                        while (pos < rs.length && isAlphabet(rs[pos]) && !Character.isUpperCase(rs[pos])) {
                            pos++;
                        }
                    }
                }
            } else if (isAlphabet(r)) {
                type = ALPHABET;
                while (pos < rs.length && isAlphabet(rs[pos]) && !Character.isUpperCase(rs[pos])) {
                    pos++;
                }
            } else if (isNumber(r)) {
                type = NUMBER;
                while (pos < rs.length && isNumber(rs[pos])) {
                    pos++;
                }
            } else {
                type = OTHER;
                while (pos < rs.length && !isConnector(rs[pos]) && !isAlphabet(rs[pos]) && !isNumber(rs[pos])
                        && !isPunct(rs[pos])) {
                    pos++;
                }
            }
            return new Word(type, new String(rs, start, pos - start));
        }
    }
}
