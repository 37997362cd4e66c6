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
        Words w = new Words(str);
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
        w.text.codePoints().map(r -> isInvalid(r) ? RUNE_ERROR : r).forEach(r -> {
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

    private static final int RUNE_ERROR = 0xFFFD;

    /** A byte that is not UTF-8 (carried as U+DC80..U+DCFF), or U+FFFD itself: Go's RuneError either way. */
    private static boolean isInvalid(int c) {
        return c == RUNE_ERROR || c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * xstrings nextWord over a Go string: words are slices of the text, so bytes that are not UTF-8 stay in the
     * word they were skipped into (xstrings' nextValidRune skips them), and a text of only such bytes is one
     * invalid word.
     */
    private static final class Words {
        private String rest;
        /** The last nextValidRune: the rune and the chars it spanned (skipped invalid bytes included). */
        private int r;
        private int size;

        Words(String text) {
            this.rest = text;
        }

        boolean hasMore() {
            return !rest.isEmpty();
        }

        private void nextValidRune(String s, int from, int prev) {
            size = 0;
            for (int i = from; i < s.length(); ) {
                int c = s.codePointAt(i);
                int n = Character.charCount(c);
                size += n;
                i += n;
                if (!isInvalid(c)) {
                    r = c;
                    return;
                }
            }
            r = prev;
        }

        Word next() {
            String str = rest;
            if (str.isEmpty()) {
                return new Word(INVALID, "");
            }
            nextValidRune(str, 0, RUNE_ERROR);
            int offset = size;
            int type;
            if (r == RUNE_ERROR) {
                type = INVALID;
            } else if (isConnector(r)) {
                type = CONNECTOR;
                offset = extend(str, offset, TextCase::isConnector);
            } else if (isPunct(r)) {
                type = PUNCT;
                offset = extend(str, offset, TextCase::isPunct);
            } else if (Character.isUpperCase(r)) {
                type = UPPER;
                offset = upper(str, offset);
            } else if (isAlphabet(r)) {
                type = ALPHABET;
                offset = extend(str, offset, c -> isAlphabet(c) && !Character.isUpperCase(c));
            } else if (isNumber(r)) {
                type = NUMBER;
                offset = extend(str, offset, TextCase::isNumber);
            } else {
                type = OTHER;
                offset = extend(str, offset, c -> !isConnector(c) && !isAlphabet(c) && !isNumber(c) && !isPunct(c));
            }
            rest = str.substring(offset);
            return new Word(type, str.substring(0, offset));
        }

        /** Takes runes while {@code more} holds (a word's loop in nextWord); returns the new offset. */
        private int extend(String str, int offset, java.util.function.IntPredicate more) {
            while (offset < str.length()) {
                nextValidRune(str, offset, r);
                if (!more.test(r)) {
                    break;
                }
                offset += size;
            }
            return offset;
        }

        /** An upper-case word: "HTTPStatus" is "HTTP" then "Status"; "Word" is one word. */
        private int upper(String str, int offset) {
            if (offset >= str.length()) {
                return offset;
            }
            nextValidRune(str, offset, r);
            if (Character.isUpperCase(r)) {
                int prevSize = size;
                offset += size;
                while (offset < str.length()) {
                    nextValidRune(str, offset, r);
                    if (!Character.isUpperCase(r)) {
                        break;
                    }
                    prevSize = size;
                    offset += size;
                }
                if (offset < str.length() && isAlphabet(r)) {
                    offset -= prevSize;
                }
            } else if (isAlphabet(r)) {
                offset += size;
                offset = extend(str, offset, c -> isAlphabet(c) && !Character.isUpperCase(c));
            }
            return offset;
        }
    }
}
