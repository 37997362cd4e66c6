package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.helm4j.internal.engine.funcs.Args.integer;
import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's regex.go over {@link GoRegex}. */
final class RegexFunctions implements Area {
    private RegexFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new RegexFunctions();
        f.put("regexMatch", "string, string", new Area.Named("regexMatch", area));
        f.put("mustRegexMatch", "string, string", new Area.Named("mustRegexMatch", area));
        for (String n : new String[] {"regexFindAll", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit"}) {
            // regexFindAll and regexSplit take a count; the replacements a replacement string
            String params = n.startsWith("regexReplace") ? "string, string, string" : "string, string, int";
            f.put(n, params, new Area.Named(n, area));
            f.put(must(n), params, new Area.Named(must(n), area));
        }
        f.put("regexFind", "string, string", new Area.Named("regexFind", area));
        f.put("mustRegexFind", "string, string", new Area.Named("mustRegexFind", area));
        f.put("regexQuoteMeta", "string", new Area.Named("regexQuoteMeta", area));
    }

    private static String must(String n) {
        return "must" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    @Override
    public Object call(String name, Object[] a) {
        if (name.equals("regexQuoteMeta")) {
            return GoRegex.quoteMeta(str(a[0]));
        }
        String re = str(a[0]);
        String s = str(a[1]);
        boolean must = name.startsWith("must");
        String base = must ? Character.toLowerCase(name.charAt(4)) + name.substring(5) : name;
        switch (base) {
            case "regexMatch" -> {
                if (must) {
                    return compile(re, true).matches(s);
                }
                try {
                    return compile(re, true).matches(s);
                } catch (GoRegex.RegexException e) {
                    return false;
                }
            }
            case "regexFind" -> {
                return compile(re, must).find(s);
            }
            case "regexFindAll" -> {
                int n = integer(a[2]);
                return compile(re, must).findAll(s, n);
            }
            case "regexReplaceAll" -> {
                String repl = str(a[2]);
                return compile(re, must).replaceAll(s, repl, false);
            }
            case "regexReplaceAllLiteral" -> {
                String repl = str(a[2]);
                return compile(re, must).replaceAll(s, repl, true);
            }
            case "regexSplit" -> {
                int n = integer(a[2]);
                return compile(re, must).split(s, n, re);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** Compiled expressions of this function map; charts apply the same few in loops. */
    private final Map<String, GoRegex> cache = new ConcurrentHashMap<>();

    /** The plain functions use MustCompile (panic text); the must variants return Compile's error. */
    private GoRegex compile(String re, boolean must) {
        GoRegex r = cache.get(re);
        if (r == null) {
            r = must ? GoRegex.compile(re) : GoRegex.mustCompile(re);
            if (cache.size() < 256) {
                cache.put(re, r);
            }
        }
        return r;
    }
}
