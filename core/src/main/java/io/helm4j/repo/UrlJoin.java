package io.helm4j.repo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helm's {@code urlutil.URLJoin}: Go's {@code path.Join} of the URL's path and the parts (cleaned). */
final class UrlJoin {
    private static final Pattern PREFIX = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*)?([^?#]*)(.*)$");

    private UrlJoin() {
    }

    static String join(String base, String... parts) {
        Matcher m = PREFIX.matcher(base);
        if (!m.matches()) {
            return base;
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        StringBuilder joined = new StringBuilder();
        for (String p : prepend(m.group(2), parts)) {
            if (!p.isEmpty()) {
                if (!joined.isEmpty()) {
                    joined.append('/');
                }
                joined.append(p);
            }
        }
        String path = joined.isEmpty() ? "" : clean(joined.toString());
        if (!prefix.isEmpty() && !path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        return prefix + path + m.group(3);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Go's {@code path.Clean}. */
    static String clean(String p) {
        boolean rooted = p.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
                continue;
            }
            out.addLast(seg);
        }
        String s = String.join("/", out);
        if (rooted) {
            return "/" + s;
        }
        return s.isEmpty() ? "." : s;
    }
}
