package io.helm4j.gostd;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path} functions on slash-separated paths (and {@code filepath}'s on Unix). */
public final class Paths {
    private Paths() {
    }

    /** {@code path.Clean}: the shortest equivalent path ("." for empty). */
    public static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String part : p.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
                continue;
            }
            out.addLast(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** {@code path.Ext}: the suffix from the last dot of the last element, or "". */
    public static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') {
                return p.substring(i);
            }
        }
        return "";
    }

    /** {@code path.Base}: the last element, trailing slashes removed; "." for empty, "/" for only slashes. */
    public static String base(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        while (p.length() > 0 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int i = p.lastIndexOf('/');
        if (i >= 0) {
            p = p.substring(i + 1);
        }
        return p.isEmpty() ? "/" : p;
    }

    /** {@code path.Dir}: all but the last element, cleaned. */
    public static String dir(String p) {
        int i = p.lastIndexOf('/');
        return clean(p.substring(0, i + 1));
    }
}
