package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.ArrayList;
import java.util.List;

import static io.helm4j.engine.funcs.Args.str;

/** Go's path package (and path/filepath, the same on Unix): base, dir, clean, ext, isAbs. */
final class PathFunctions implements Area {
    private PathFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new PathFunctions();
        for (String n : new String[] {"base", "dir", "clean", "ext", "isAbs"}) {
            f.put(n, "string", new Area.Named(n, area));
            f.put("os" + Character.toUpperCase(n.charAt(0)) + n.substring(1), "string", new Area.Named(n, area));
        }
    }

    @Override
    public Object call(String name, Object[] a) {
        String p = str(a[0]);
        return switch (name) {
            case "base" -> base(p);
            case "dir" -> dir(p);
            case "clean" -> clean(p);
            case "ext" -> ext(p);
            case "isAbs" -> p.startsWith("/");
            default -> throw new IllegalArgumentException(name);
        };
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
