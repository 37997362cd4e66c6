package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import static io.helm4j.engine.funcs.Args.integer;
import static io.helm4j.engine.funcs.Args.str;

/** Sprig's regex.go over {@link GoRegex}. */
final class RegexFunctions {
    private RegexFunctions() {
    }

    static void register(FuncMap f) {
        f.put("regexMatch", 2, a -> {
            String re = str(a[0]);
            String s = str(a[1]);
            try {
                return GoRegex.compile(re).matches(s);
            } catch (GoRegex.RegexException e) {
                return false;
            }
        });
        f.put("mustRegexMatch", 2, a -> {
            String re = str(a[0]);
            return GoRegex.compile(re).matches(str(a[1]));
        });
        for (String prefix : new String[] {"", "must"}) {
            boolean must = !prefix.isEmpty();
            f.put(name(prefix, "regexFindAll"), 3, a -> {
                String re = str(a[0]);
                String s = str(a[1]);
                int n = integer(a[2]);
                return compile(re, must).findAll(s, n);
            });
            f.put(name(prefix, "regexFind"), 2, a -> {
                String re = str(a[0]);
                String s = str(a[1]);
                return compile(re, must).find(s);
            });
            f.put(name(prefix, "regexReplaceAll"), 3, a -> {
                String re = str(a[0]);
                String s = str(a[1]);
                String repl = str(a[2]);
                return compile(re, must).replaceAll(s, repl, false);
            });
            f.put(name(prefix, "regexReplaceAllLiteral"), 3, a -> {
                String re = str(a[0]);
                String s = str(a[1]);
                String repl = str(a[2]);
                return compile(re, must).replaceAll(s, repl, true);
            });
            f.put(name(prefix, "regexSplit"), 3, a -> {
                String re = str(a[0]);
                String s = str(a[1]);
                int n = integer(a[2]);
                return compile(re, must).split(s, n, re);
            });
        }
        f.put("regexQuoteMeta", 1, a -> GoRegex.quoteMeta(str(a[0])));
    }

    private static String name(String prefix, String n) {
        return prefix.isEmpty() ? n : prefix + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The plain functions use MustCompile (panic text); the must variants return Compile's error. */
    private static GoRegex compile(String re, boolean must) {
        return must ? GoRegex.compile(re) : GoRegex.mustCompile(re);
    }
}
