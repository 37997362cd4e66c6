package io.helm4j.internal.engine.funcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go RE2 regular expression run on java.util.regex: the syntax is translated (end-of-text {@code $},
 * {@code \z}, POSIX classes, named groups, literal '[' in classes) and Go's match iteration and
 * {@code $name} expansion are reproduced.
 */
final class GoRegex {
    private final Pattern pattern;
    private final Map<String, Integer> names;

    private GoRegex(Pattern pattern, Map<String, Integer> names) {
        this.pattern = pattern;
        this.names = names;
    }

    /** A compile failure, with Go's message ("error parsing regexp: ..."). */
    static final class RegexException extends RuntimeException {
        RegexException(String message) {
            super(message);
        }
    }

    /** regexp.Compile. */
    static GoRegex compile(String expr) {
        Re2Translator t = new Re2Translator(expr);
        String java = t.translate();
        try {
            return new GoRegex(Pattern.compile(java), t.names());
        } catch (PatternSyntaxException e) {
            throw new RegexException("error parsing regexp: invalid or unsupported Perl syntax: `" + expr + "`");
        }
    }

    /** regexp.MustCompile's panic text. */
    static GoRegex mustCompile(String expr) {
        try {
            return compile(expr);
        } catch (RegexException e) {
            throw new RegexException("regexp: Compile(" + quoteExpr(expr) + "): " + e.getMessage());
        }
    }

    private static String quoteExpr(String s) {
        boolean back = s.indexOf('`') < 0 && s.chars().allMatch(c -> c == '\t' || c >= ' ' && c != 0x7f);
        return back ? "`" + s + "`" : GoText.quote(s);
    }

    boolean matches(String s) {
        return pattern.matcher(s).find();
    }

    /** Go's allMatches: {start, end} of each match, empty matches abutting a previous match skipped. */
    List<int[]> allMatches(String s, int n) {
        List<int[]> out = new ArrayList<>();
        if (n < 0) {
            n = Integer.MAX_VALUE;
        }
        Matcher m = pattern.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while (out.size() < n && pos <= s.length()) {
            if (!m.find(pos)) {
                break;
            }
            boolean accept = true;
            if (m.end() == m.start()) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos = m.start() < s.length() ? m.start() + Character.charCount(s.codePointAt(m.start())) : s.length() + 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                int[] g = new int[(m.groupCount() + 1) * 2];
                for (int i = 0; i <= m.groupCount(); i++) {
                    g[2 * i] = m.start(i);
                    g[2 * i + 1] = m.end(i);
                }
                out.add(g);
            }
        }
        return out;
    }

    String find(String s) {
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group() : "";
    }

    List<Object> findAll(String s, int n) {
        List<String> out = new ArrayList<>();
        if (n != 0) {
            for (int[] g : allMatches(s, n)) {
                out.add(s.substring(g[0], g[1]));
            }
        }
        // FindAllString returns nil when nothing matches; it appends to a slice made with a capacity of 10
        return out.isEmpty() ? TypedList.nil("[]string") : capacity(TypedList.strings(out), 10);
    }

    /** Regexp.Split. */
    List<Object> split(String s, int n, String expr) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return TypedList.nil("[]string");
        }
        if (!expr.isEmpty() && s.isEmpty()) {
            out.add("");
            return TypedList.strings(out);
        }
        int beg = 0;
        int end = 0;
        List<int[]> matches = allMatches(s, n);
        for (int[] match : matches) {
            if (n > 0 && out.size() == n - 1) {
                break;
            }
            end = match[0];
            if (match[1] != 0) {
                out.add(s.substring(beg, end));
            }
            beg = match[1];
        }
        if (end != s.length()) {
            out.add(s.substring(beg));
        }
        // Split appends to a slice made with the number of matches as its capacity
        return capacity(TypedList.strings(out), matches.size());
    }

    private static TypedList capacity(TypedList l, int initial) {
        l.withCapacity(io.helm4j.yaml.GoGrowth.appendedCap(initial, l.size(), io.helm4j.yaml.GoGrowth.INTERFACE, true),
                null);
        return l;
    }

    /** ReplaceAllString (literal=false expands $1, ${name}) or ReplaceAllLiteralString. */
    String replaceAll(String src, String repl, boolean literal) {
        StringBuilder dst = new StringBuilder();
        Matcher m = pattern.matcher(src);
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= src.length()) {
            if (!m.find(searchPos)) {
                break;
            }
            dst.append(src, lastMatchEnd, m.start());
            if (m.end() > lastMatchEnd || m.start() == 0) {
                if (literal) {
                    dst.append(repl);
                } else {
                    expand(dst, repl, src, m);
                }
            }
            lastMatchEnd = m.end();
            int width = searchPos < src.length() ? Character.charCount(src.codePointAt(searchPos)) : 0;
            if (searchPos + width > m.end()) {
                searchPos += width;
            } else if (searchPos + 1 > m.end()) {
                searchPos++;
            } else {
                searchPos = m.end();
            }
        }
        dst.append(src, lastMatchEnd, src.length());
        return dst.toString();
    }

    private void expand(StringBuilder dst, String template, String src, Matcher m) {
        while (!template.isEmpty()) {
            int i = template.indexOf('$');
            if (i < 0) {
                break;
            }
            dst.append(template, 0, i);
            template = template.substring(i + 1);
            if (template.startsWith("$")) {
                dst.append('$');
                template = template.substring(1);
                continue;
            }
            String name;
            String rest;
            boolean brace = template.startsWith("{");
            String t = brace ? template.substring(1) : template;
            int j = 0;
            while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_')) {
                j++;
            }
            if (j == 0 || brace && (j >= t.length() || t.charAt(j) != '}')) {
                dst.append('$');
                continue;
            }
            name = t.substring(0, j);
            rest = brace ? t.substring(j + 1) : t.substring(j);
            template = rest;
            int group = -1;
            if (name.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    group = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    group = Integer.MAX_VALUE;
                }
            } else {
                Integer g = names.get(name);
                group = g == null ? Integer.MAX_VALUE : g;
            }
            if (group <= m.groupCount() && m.start(group) >= 0) {
                dst.append(src, m.start(group), m.end(group));
            }
        }
        dst.append(template);
    }

    /** regexp.QuoteMeta. */
    static String quoteMeta(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
