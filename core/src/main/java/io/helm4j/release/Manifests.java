package io.helm4j.release;

import io.helm4j.gostd.Strings;
import io.helm4j.gostd.Unicode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a YAML stream into documents as Helm 4's {@code SplitManifests} does (since helm/helm "Fix vanishing empty
 * lines", in 4.3): the separator is {@code ---} at the start of a line with the spaces and tabs after it
 * ({@code (?m)^---[ \t]*}); leading whitespace is trimmed from the stream and from each document, trailing
 * whitespace is kept. So a document followed by another keeps its final newline (and any blank lines), and Helm
 * prints it, after {@code # Source:}, with a blank line after it: what {@code helm template} and the stored release
 * manifest show after every document that ends with a newline, the last one of the output aside (trimmed there).
 */
public final class Manifests {
    private Manifests() {
    }

    /** The documents of {@code bigFile} in order, leading whitespace trimmed; blank documents are dropped. */
    public static List<String> split(String bigFile) {
        List<String> out = new ArrayList<>();
        for (String d : goSplit(trimLeft(bigFile))) {
            if (Strings.trimSpace(d).isEmpty()) {
                continue;
            }
            out.add(trimLeft(d));
        }
        return out;
    }

    /** Go's {@code Regexp.Split(s, -1)} with {@code (?m)^---[ \t]*}, as a linear scan. */
    private static List<String> goSplit(String s) {
        List<String> parts = new ArrayList<>();
        int beg = 0;
        int line = 0;
        while (line <= s.length()) {
            if (s.startsWith("---", line)) {
                parts.add(s.substring(beg, line));
                int end = line + 3;
                while (end < s.length() && (s.charAt(end) == ' ' || s.charAt(end) == '\t')) {
                    end++;
                }
                beg = end;
            }
            int nl = s.indexOf('\n', line);
            if (nl < 0) {
                break;
            }
            line = nl + 1;
        }
        parts.add(s.substring(beg));
        return parts;
    }

    /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
    static String trimLeft(String s) {
        int i = 0;
        while (i < s.length() && Unicode.isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }
}
