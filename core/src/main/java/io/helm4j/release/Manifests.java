package io.helm4j.release;

import io.helm4j.engine.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a YAML stream into documents as Helm's {@code SplitManifests} does. */
public final class Manifests {
    // (?:^|\s*\n)---\s*  with Go's \s = [\t\n\f\r ]
    private static final Pattern SEP = Pattern.compile("(?:\\A|[\\t\\n\\f\\r ]*\\n)---[\\t\\n\\f\\r ]*");

    private Manifests() {
    }

    /** The documents of {@code bigFile} in order, each trimmed; empty documents are dropped. */
    public static List<String> split(String bigFile) {
        String trimmed = GoText.trimSpace(bigFile);
        List<String> out = new ArrayList<>();
        for (String d : goSplit(trimmed)) {
            if (d.isEmpty()) {
                continue;
            }
            out.add(GoText.trimSpace(d));
        }
        return out;
    }

    /** Go's {@code Regexp.Split(s, -1)}: an empty match right after a previous match is not a split point. */
    private static List<String> goSplit(String s) {
        List<String> parts = new ArrayList<>();
        if (s.isEmpty()) {
            parts.add("");
            return parts;
        }
        var m = SEP.matcher(s);
        int beg = 0;
        int end = 0;
        while (m.find()) {
            if (m.end() == 0) {
                continue; // Go skips an empty match at the start
            }
            end = m.start();
            parts.add(s.substring(beg, end));
            beg = m.end();
        }
        parts.add(s.substring(beg));
        return parts;
    }
}
