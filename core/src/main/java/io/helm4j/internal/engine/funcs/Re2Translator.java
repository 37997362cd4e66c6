package io.helm4j.internal.engine.funcs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** RE2 syntax to java.util.regex syntax. */
final class Re2Translator {
    private final String src;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> names = new HashMap<>();
    private int pos;
    private int groups;
    private int depth;
    private boolean multiline;
    private boolean ungreedy;

    Re2Translator(String src) {
        this.src = src;
    }

    Map<String, Integer> names() {
        return names;
    }

    private GoRegex.RegexException error(String code, String arg) {
        return new GoRegex.RegexException("error parsing regexp: " + code + ": `" + arg + "`");
    }

    String translate() {
        out.append("(?d)");
        boolean lastWasAtom = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            switch (c) {
                case '\\' -> {
                    escape(false);
                    lastWasAtom = true;
                }
                case '[' -> {
                    charClass();
                    lastWasAtom = true;
                }
                case '(' -> {
                    group();
                    lastWasAtom = false;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw error("unexpected )", src);
                    }
                    depth--;
                    out.append(')');
                    pos++;
                    lastWasAtom = true;
                }
                case '$' -> {
                    out.append(multiline ? "(?=\\n|\\z)" : "\\z");
                    pos++;
                    lastWasAtom = true;
                }
                case '*', '+', '?' -> {
                    if (!lastWasAtom) {
                        throw error("missing argument to repetition operator", String.valueOf(c));
                    }
                    out.append(c);
                    pos++;
                    lazy();
                    if (pos < src.length() && "*+?".indexOf(src.charAt(pos)) >= 0) {
                        throw error("invalid nested repetition operator", src.substring(pos - 1, pos + 1));
                    }
                    lastWasAtom = false;
                }
                case '|' -> {
                    out.append('|');
                    pos++;
                    lastWasAtom = false;
                }
                case '{' -> {
                    int close = src.indexOf('}', pos);
                    String body = close > 0 ? src.substring(pos + 1, close) : "";
                    if (close > 0 && body.matches("\\d+(,\\d*)?")) {
                        if (!lastWasAtom) {
                            throw error("missing argument to repetition operator", src.substring(pos, close + 1));
                        }
                        out.append(src, pos, close + 1);
                        pos = close + 1;
                        lazy();
                        lastWasAtom = false;
                    } else {
                        out.append("\\{");
                        pos++;
                        lastWasAtom = true;
                    }
                }
                case '}' -> {
                    out.append("\\}");
                    pos++;
                    lastWasAtom = true;
                }
                default -> {
                    appendLiteral(src.codePointAt(pos));
                    pos += Character.charCount(src.codePointAt(pos));
                    lastWasAtom = true;
                }
            }
        }
        if (depth > 0) {
            throw error("missing closing )", src);
        }
        return out.toString();
    }

    /** A '?' after a repetition makes it lazy; under (?U) the meaning is swapped. */
    private void lazy() {
        boolean q = pos < src.length() && src.charAt(pos) == '?';
        if (q) {
            pos++;
        }
        if (q != ungreedy) {
            out.append('?');
        }
    }

    private void appendLiteral(int cp) {
        if (cp == '^' || cp == '.') {
            out.appendCodePoint(cp);
        } else if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_' || cp > 127) {
            out.appendCodePoint(cp);
        } else {
            out.append('\\').appendCodePoint(cp);
        }
    }

    private void group() {
        pos++;
        depth++;
        if (src.startsWith("?P<", pos) || src.startsWith("?<", pos) && !src.startsWith("?<=", pos)
                && !src.startsWith("?<!", pos)) {
            int start = src.indexOf('<', pos) + 1;
            int end = src.indexOf('>', start);
            if (end < 0) {
                throw error("invalid named capture", src.substring(pos - 1));
            }
            String name = src.substring(start, end);
            if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
                throw error("invalid named capture", src.substring(pos - 1, end + 1));
            }
            groups++;
            if (names.containsKey(name)) {
                throw error("duplicate capture group name", name);
            }
            names.put(name, groups);
            out.append('(');
            pos = end + 1;
            return;
        }
        if (src.startsWith("?", pos)) {
            int end = pos + 1;
            while (end < src.length() && src.charAt(end) != ')' && src.charAt(end) != ':') {
                end++;
            }
            String flags = src.substring(pos + 1, end);
            if (end >= src.length() || !flags.matches("[imsU-]*")) {
                throw error("invalid or unsupported Perl syntax", src.substring(pos - 1, Math.min(src.length(), pos + 2)));
            }
            String on = flags.contains("-") ? flags.substring(0, flags.indexOf('-')) : flags;
            if (on.indexOf('m') >= 0) {
                multiline = true;
            }
            if (on.indexOf('U') >= 0) {
                ungreedy = true;
            }
            String javaFlags = flags.replace("U", "");
            if (src.charAt(end) == ')') {
                depth--;
                out.append(javaFlags.isEmpty() || javaFlags.equals("-") ? "" : "(?" + javaFlags + ")");
            } else {
                out.append("(?").append(javaFlags).append(':');
            }
            pos = end + 1;
            return;
        }
        groups++;
        out.append('(');
    }

    private void escape(boolean inClass) {
        if (pos + 1 >= src.length()) {
            throw error("trailing backslash at end of expression", "");
        }
        char n = src.charAt(pos + 1);
        switch (n) {
            case 'd', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'A', 'z', 'n', 't', 'r', 'f', 'a', 'e' -> {
                if (inClass && (n == 'b' || n == 'B' || n == 'A' || n == 'z')) {
                    throw error("invalid escape sequence", "\\" + n);
                }
                if (n == 's') {
                    out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
                } else if (n == 'S') {
                    out.append("[^\\t\\n\\f\\r ]");
                } else if (n == 'a') {
                    out.append("\\x07");
                } else if (n == 'e') {
                    throw error("invalid escape sequence", "\\e");
                } else {
                    out.append('\\').append(n);
                }
                pos += 2;
            }
            case 'v' -> {
                out.append("\\x0B");
                pos += 2;
            }
            case 'Q' -> {
                int end = src.indexOf("\\E", pos + 2);
                String lit = end < 0 ? src.substring(pos + 2) : src.substring(pos + 2, end);
                lit.codePoints().forEach(cp -> out.append(Pattern.quote(new String(Character.toChars(cp)))));
                pos = end < 0 ? src.length() : end + 2;
            }
            case 'p', 'P' -> {
                int end;
                String name;
                if (pos + 2 < src.length() && src.charAt(pos + 2) == '{') {
                    end = src.indexOf('}', pos);
                    if (end < 0) {
                        throw error("invalid character class range", src.substring(pos));
                    }
                    name = src.substring(pos + 3, end);
                    end++;
                } else {
                    end = pos + 3;
                    name = src.substring(pos + 2, Math.min(end, src.length()));
                }
                boolean neg = n == 'P';
                if (name.startsWith("^")) {
                    neg = !neg;
                    name = name.substring(1);
                }
                String javaName = name.length() <= 2 || name.equals("Any") ? name : "Is" + name;
                if (name.equals("Any")) {
                    out.append(neg ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]");
                } else {
                    out.append('\\').append(neg ? 'P' : 'p').append('{').append(javaName).append('}');
                }
                pos = end;
            }
            case 'x' -> {
                int end = pos + 2;
                if (end < src.length() && src.charAt(end) == '{') {
                    end = src.indexOf('}', end) + 1;
                } else {
                    end += 2;
                }
                out.append(src, pos, Math.min(end, src.length()));
                pos = end;
            }
            default -> {
                if (n >= '0' && n <= '7') {
                    int end = pos + 1;
                    while (end < src.length() && end < pos + 4 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
                        end++;
                    }
                    if (n != '0' && end == pos + 2 && !inClass) {
                        throw error("invalid escape sequence", "\\" + n);
                    }
                    out.append("\\0").append(src, pos + 1, end);
                    pos = end;
                } else if (Character.isLetterOrDigit(n)) {
                    throw error("invalid escape sequence", "\\" + n);
                } else {
                    out.append('\\').append(n);
                    pos += 2;
                }
            }
        }
    }

    private void charClass() {
        int start = pos;
        pos++;
        out.append('[');
        if (pos < src.length() && src.charAt(pos) == '^') {
            out.append('^');
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= src.length()) {
                throw error("missing closing ]", src.substring(start));
            }
            char c = src.charAt(pos);
            if (c == ']' && !first) {
                out.append(']');
                pos++;
                return;
            }
            first = false;
            if (c == '[' && src.startsWith("[:", pos)) {
                int end = src.indexOf(":]", pos + 2);
                if (end > 0) {
                    String name = src.substring(pos + 2, end);
                    boolean neg = name.startsWith("^");
                    if (neg) {
                        name = name.substring(1);
                    }
                    String cls = posix(name);
                    if (cls == null) {
                        throw error("invalid character class range", src.substring(pos, end + 2));
                    }
                    out.append(neg ? "[^" + cls + "]" : cls);
                    pos = end + 2;
                    continue;
                }
            }
            if (c == '\\') {
                escape(true);
                continue;
            }
            if (c == '[' || c == '&' || c == '^' && !first) {
                out.append('\\').append(c);
                pos++;
                continue;
            }
            int cp = src.codePointAt(pos);
            out.appendCodePoint(cp);
            pos += Character.charCount(cp);
        }
    }

    private static String posix(String name) {
        return switch (name) {
            case "alnum" -> "0-9A-Za-z";
            case "alpha" -> "A-Za-z";
            case "ascii" -> "\\x00-\\x7F";
            case "blank" -> "\\t ";
            case "cntrl" -> "\\x00-\\x1F\\x7F";
            case "digit" -> "0-9";
            case "graph" -> "!-~";
            case "lower" -> "a-z";
            case "print" -> " -~";
            case "punct" -> "!-/:-@\\[-`{-~";
            case "space" -> "\\t\\n\\x0B\\f\\r ";
            case "upper" -> "A-Z";
            case "word" -> "0-9A-Za-z_";
            case "xdigit" -> "0-9A-Fa-f";
            default -> null;
        };
    }
}
