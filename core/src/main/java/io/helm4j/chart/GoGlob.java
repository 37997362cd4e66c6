package io.helm4j.chart;

import java.util.regex.Pattern;

/**
 * Go's {@code path/filepath.Match} on a Unix system: {@code *} and {@code ?} never match {@code /},
 * {@code [a-z]} and {@code [^...]} classes, {@code \} escapes. A malformed pattern is refused with
 * Go's {@code syntax error in pattern}.
 */
final class GoGlob {
    static final String BAD_PATTERN = "syntax error in pattern";

    private final Pattern regex;

    private GoGlob(Pattern regex) {
        this.regex = regex;
    }

    /** Compiles {@code pattern}; throws {@link IllegalArgumentException} with Go's message when malformed. */
    static GoGlob compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> {
                    re.append("[^/]*");
                    i++;
                }
                case '?' -> {
                    re.append("[^/]");
                    i++;
                }
                case '[' -> i = charClass(pattern, i + 1, re);
                case '\\' -> {
                    if (i + 1 >= pattern.length()) {
                        throw new IllegalArgumentException(BAD_PATTERN);
                    }
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                    i += 2;
                }
                default -> {
                    re.append(Pattern.quote(String.valueOf(c)));
                    i++;
                }
            }
        }
        return new GoGlob(Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    /** Parses a class starting after '['; returns the index after its ']'. Go's classes may match '/'. */
    private static int charClass(String p, int i, StringBuilder re) {
        boolean negated = false;
        if (i < p.length() && p.charAt(i) == '^') {
            negated = true;
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        int count = 0;
        while (true) {
            if (i < p.length() && p.charAt(i) == ']' && count > 0) {
                i++;
                break;
            }
            int[] lo = escaped(p, i);
            i = lo[1];
            int hi = lo[0];
            if (p.charAt(i) == '-') {
                int[] h = escaped(p, i + 1);
                hi = h[0];
                i = h[1];
            }
            if (lo[0] <= hi) {
                ranges.append(quoteInClass(lo[0])).append('-').append(quoteInClass(hi));
            }
            count++;
        }
        if (ranges.isEmpty()) {
            re.append(negated ? "." : "(?!)");
        } else {
            re.append(negated ? "[^" : "[").append(ranges).append(']');
        }
        return i;
    }

    /** One possibly escaped class character at {@code i}: {code point, next index}. */
    private static int[] escaped(String p, int i) {
        if (i >= p.length() || p.charAt(i) == '-' || p.charAt(i) == ']') {
            throw new IllegalArgumentException(BAD_PATTERN);
        }
        if (p.charAt(i) == '\\') {
            i++;
            if (i >= p.length()) {
                throw new IllegalArgumentException(BAD_PATTERN);
            }
        }
        int cp = p.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (next >= p.length()) {
            throw new IllegalArgumentException(BAD_PATTERN);
        }
        return new int[] {cp, next};
    }

    private static String quoteInClass(int cp) {
        return String.format("\\x{%x}", cp);
    }

    boolean matches(String name) {
        return regex.matcher(name).matches();
    }
}
