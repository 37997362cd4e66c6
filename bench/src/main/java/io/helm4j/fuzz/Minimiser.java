package io.helm4j.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Delta debugging over a case's expression tree: the one-step reductions of a case are its wrapper
 * replaced by the bare {@code {{ E }}}, any call replaced by one of its arguments or by a small atom,
 * and any atom replaced by a shorter one. The runner keeps the smallest reduction that still shows the
 * same kind of difference and repeats until none does.
 */
final class Minimiser {
    private static final List<String> SMALL = List.of("\"\"", "\"a\"", "0", "1", "(list)", "(dict)", "nil");
    static final int MAX_CANDIDATES = 80;
    /** The objects a case reads ({@code .Files.Get}, {@code .Chart.Metadata}, {@code .Values}): part of its family. */
    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile("\\.(Files\\.\\w+|[A-Z]\\w*(\\.[A-Z]\\w*)?)");

    private Minimiser() { }

    /** Smaller variants of {@code c}, smallest changes to the outer parts first. */
    static List<FuzzCase> reductions(FuzzCase c) {
        Set<String> seen = new LinkedHashSet<>();
        List<FuzzCase> out = new ArrayList<>();
        if (!c.wrapper().equals("{{ E }}")) {
            add(out, seen, c, c.with("{{ E }}", c.expr()));
        }
        for (Expr e : reductions(c.expr())) {
            add(out, seen, c, c.with(c.wrapper(), e));
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        return out;
    }

    private static void add(List<FuzzCase> out, Set<String> seen, FuzzCase from, FuzzCase to) {
        boolean smaller = to.expr().size() < from.expr().size() || to.body().length() < from.body().length();
        if (smaller && seen.add(to.body())) {
            out.add(to);
        }
    }

    static List<Expr> reductions(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Call c) {
            out.addAll(c.args());
            for (String s : SMALL) {
                out.add(new Expr.Atom(s));
            }
            for (int i = 0; i < c.args().size(); i++) {
                for (Expr r : reductions(c.args().get(i))) {
                    out.add(c.withArg(i, r));
                }
            }
            if (c.piped()) {
                out.add(new Expr.Call(c.fn(), c.args(), false));
            }
        } else {
            for (String s : SMALL) {
                if (s.length() < e.text().length()) {
                    out.add(new Expr.Atom(s));
                }
            }
        }
        return out;
    }

    /** A family key: the kind of difference, the wrapper and the functions of the (minimised) case. */
    static String family(FuzzCase c, Outcome helm4j, Outcome reference) {
        List<String> fns = new ArrayList<>();
        c.expr().functions(fns);
        String kind = helm4j.failed() ? "helm4j-fails" : reference.failed() ? "reference-fails" : "output";
        String w = c.wrapper().replace("E", "·");
        Set<String> objects = new java.util.TreeSet<>();
        java.util.regex.Matcher m = OBJECT.matcher(c.expr().text());
        while (m.find()) {
            objects.add(m.group());
        }
        return kind + " " + w + " " + String.join(",", new LinkedHashSet<>(fns)) + " " + String.join(",", objects);
    }
}
