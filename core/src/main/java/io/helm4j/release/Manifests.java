package io.helm4j.release;

import io.helm4j.gostd.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a YAML stream into documents as Helm's {@code SplitManifests} does. */
public final class Manifests {
    /** Helm's separator, {@code (?:^|\s*\n)---\s*} with Go's {@code \s = [\t\n\f\r ]}, kept as documentation. */
    static final Pattern SEP = Pattern.compile("(?:\\A|[\\t\\n\\f\\r ]*\\n)---[\\t\\n\\f\\r ]*");

    private Manifests() {
    }

    /** The documents of {@code bigFile} in order, each trimmed; empty documents are dropped. */
    public static List<String> split(String bigFile) {
        String trimmed = Strings.trimSpace(bigFile);
        List<String> out = new ArrayList<>();
        for (String d : goSplit(trimmed)) {
            if (d.isEmpty()) {
                continue;
            }
            out.add(Strings.trimSpace(d));
        }
        return out;
    }

    /**
     * Go's {@code Regexp.Split(s, -1)} with {@link #SEP}, without the regex: a separator is "---" at the
     * start, or a newline before "---", with the whitespace run before that newline and after the dashes.
     * (The regex backtracks over every indentation run; this scan is linear.)
     */
    private static List<String> goSplit(String s) {
        List<String> parts = new ArrayList<>();
        int beg = 0;
        int from = 0;
        if (s.startsWith("---")) {
            parts.add("");
            beg = skipSpace(s, 3);
            from = beg;
        }
        while (true) {
            int nl = s.indexOf("\n---", from);
            if (nl < 0) {
                break;
            }
            int start = nl;
            while (start > from && isSep(s.charAt(start - 1))) {
                start--;
            }
            parts.add(s.substring(beg, start));
            beg = skipSpace(s, nl + 4);
            from = beg;
        }
        parts.add(s.substring(beg));
        return parts;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSep(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSep(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }
}
