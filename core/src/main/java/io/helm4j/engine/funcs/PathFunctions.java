package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.ArrayList;
import java.util.List;

import static io.helm4j.engine.funcs.Args.str;

/** Go's path package (and path/filepath, the same on Unix): base, dir, clean, ext, isAbs. */
final class PathFunctions {
    private PathFunctions() {
    }

    static void register(FuncMap f) {
        for (String prefix : new String[] {"", "os"}) {
            f.put(name(prefix, "base"), 1, a -> base(str(a[0])));
            f.put(name(prefix, "dir"), 1, a -> dir(str(a[0])));
            f.put(name(prefix, "clean"), 1, a -> clean(str(a[0])));
            f.put(name(prefix, "ext"), 1, a -> ext(str(a[0])));
            f.put(name(prefix, "isAbs"), 1, a -> str(a[0]).startsWith("/"));
        }
    }

    private static String name(String prefix, String n) {
        return prefix.isEmpty() ? n : prefix + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String base(String p) {
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

    static String dir(String p) {
        int i = p.lastIndexOf('/');
        return clean(p.substring(0, i + 1));
    }

    static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') {
                return p.substring(i);
            }
        }
        return "";
    }

    static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : p.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.getLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.add("..");
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
