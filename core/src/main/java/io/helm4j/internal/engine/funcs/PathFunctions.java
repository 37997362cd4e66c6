package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.Paths;
import io.helm4j.gotemplate.FuncMap;


import static io.helm4j.internal.engine.funcs.Args.str;

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
        return Paths.base(p);
    }

    static String dir(String p) {
        return Paths.dir(p);
    }

    static String ext(String p) {
        return Paths.ext(p);
    }

    static String clean(String p) {
        return Paths.clean(p);
    }
}
