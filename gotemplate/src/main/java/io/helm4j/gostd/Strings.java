package io.helm4j.gostd;

/** Go's {@code strings} helpers whose Unicode rules differ from Java's. */
public final class Strings {
    private Strings() {
    }

    /** {@code strings.TrimSpace}: without leading and trailing {@link Unicode#isSpace} runes. */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Unicode.isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && Unicode.isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
