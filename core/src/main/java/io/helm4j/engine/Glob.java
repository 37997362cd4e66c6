package io.helm4j.engine;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob with gobwas/glob semantics and '/' as separator, as {@code .Files.Glob} compiles it:
 * {@code *} any run of non-separators, {@code **} any run, {@code ?} one non-separator,
 * {@code [abc]}, {@code [!a-z]}, {@code {a,b}} alternatives, {@code \} escapes.
 */
final class Glob {
    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Compiles {@code glob}; a malformed glob matches everything, as Helm falls back to {@code **}. */
    static Glob compileOrAll(String glob) {
        try {
            return new Glob(Pattern.compile(toRegex(glob), Pattern.DOTALL));
        } catch (IllegalArgumentException e) {
            return new Glob(Pattern.compile(".*", Pattern.DOTALL));
        }
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        int[] pos = {0};
        translate(glob, pos, sb, false);
        if (pos[0] < glob.length()) {
            throw new IllegalArgumentException("unexpected " + glob.charAt(pos[0]));
        }
        return sb.toString();
    }

    private static void translate(String g, int[] pos, StringBuilder sb, boolean inAlt) {
        while (pos[0] < g.length()) {
            char c = g.charAt(pos[0]);
            if (inAlt && (c == ',' || c == '}')) {
                return;
            }
            pos[0]++;
            switch (c) {
                case '*' -> {
                    if (pos[0] < g.length() && g.charAt(pos[0]) == '*') {
                        while (pos[0] < g.length() && g.charAt(pos[0]) == '*') {
                            pos[0]++;
                        }
                        sb.append(".*");
                    } else {
                        sb.append("[^/]*");
                    }
                }
                case '?' -> sb.append("[^/]");
                case '\\' -> {
                    if (pos[0] >= g.length()) {
                        throw new IllegalArgumentException("unterminated escape");
                    }
                    sb.append(Pattern.quote(String.valueOf(g.charAt(pos[0]++))));
                }
                case '[' -> charClass(g, pos, sb);
                case '{' -> {
                    sb.append("(?:");
                    while (true) {
                        translate(g, pos, sb, true);
                        if (pos[0] >= g.length()) {
                            throw new IllegalArgumentException("unclosed {");
                        }
                        char d = g.charAt(pos[0]++);
                        if (d == '}') {
                            break;
                        }
                        sb.append('|');
                    }
                    sb.append(')');
                }
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inAlt) {
            throw new IllegalArgumentException("unclosed {");
        }
    }

    private static void charClass(String g, int[] pos, StringBuilder sb) {
        int end = g.indexOf(']', pos[0]);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed [");
        }
        String body = g.substring(pos[0], end);
        pos[0] = end + 1;
        boolean neg = body.startsWith("!");
        if (neg) {
            body = body.substring(1);
        }
        StringBuilder cls = new StringBuilder(neg ? "[^" : "[");
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                cls.append(esc(ch)).append('-').append(esc(body.charAt(i + 2)));
                i += 2;
            } else {
                cls.append(esc(ch));
            }
        }
        if (body.isEmpty()) {
            throw new PatternSyntaxException("empty class", g, pos[0]);
        }
        sb.append(cls).append(']');
    }

    private static String esc(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
