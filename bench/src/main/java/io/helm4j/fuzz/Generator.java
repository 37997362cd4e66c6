package io.helm4j.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Reproducible cases: case i of seed s depends only on (s, i). */
final class Generator {
    /** The outer forms an expression is shown through; {@code E} is the expression. */
    static final List<String> WRAPPERS = List.of("{{ E }}", "{{ E | toYaml }}", "{{ E | toJson }}",
        "{{ printf \"%T\" E }}", "{{ printf \"%v\" E }}", "{{ printf \"%#v\" E }}", "{{ E | quote }}",
        "{{ kindOf E }}", "{{ typeOf E }}", "{{ range $i, $v := E }}[{{ $i }}={{ $v }}]{{ end }}",
        "{{ if E }}T{{ else }}F{{ end }}", "{{ with E }}<{{ . }}>{{ end }}", "{{ E | toString | len }}",
        "{{ $x := E }}{{ $x }}|{{ printf \"%T\" $x }}", "{{ E | b64enc }}", "{{ E | toPrettyJson }}",
        "{{ printf \"%q\" E }}", "{{ E | toRawJson }}");

    /** Wrappers that re-encode or measure the expression's text: a pointer's address would not show verbatim. */
    static final java.util.Set<String> OPAQUE_WRAPPERS = java.util.Set.of("{{ E | b64enc }}", "{{ E | toString | len }}");

    private final long seed;

    Generator(long seed) {
        this.seed = seed;
    }

    FuzzCase generate(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String wrapper = WRAPPERS.get(r.nextInt(WRAPPERS.size()));
        char kind = "SILMAFB".charAt(r.nextInt(7));
        return new FuzzCase(seed, index, wrapper, expr(r, kind, 1 + r.nextInt(4)), r.nextInt(ChartWriter.VALUES.size()));
    }

    private Expr expr(SplittableRandom r, char kind, int depth) {
        List<Grammar.Fn> fns = Grammar.FUNCTIONS;
        if ("nRPTKD".indexOf(kind) >= 0 || depth <= 0 || r.nextInt(100) < 30) {
            return atom(r, kind);
        }
        List<Grammar.Fn> fit = new ArrayList<>();
        for (Grammar.Fn f : fns) {
            if (kind == 'A' || f.result() == kind || (kind == 'I' && f.result() == 'F')) {
                fit.add(f);
            }
        }
        Grammar.Fn f = r.nextInt(100) < 6 || fit.isEmpty() ? fns.get(r.nextInt(fns.size())) : fit.get(r.nextInt(fit.size()));
        List<Expr> args = new ArrayList<>();
        for (char a : f.args().toCharArray()) {
            char k = r.nextInt(100) < 4 && "SILMFBA".indexOf(a) >= 0 ? "SILMFBA".charAt(r.nextInt(7)) : a;
            args.add(expr(r, k, depth - 1));
        }
        return new Expr.Call(f.name(), args, !args.isEmpty() && r.nextBoolean());
    }

    static Expr atom(SplittableRandom r, char kind) {
        char k = kind;
        if (k == 'A') {
            k = r.nextInt(100) < 20 ? 'A' : "SILMFB".charAt(r.nextInt(6));
        }
        List<String> atoms = Grammar.ATOMS.get(k);
        return new Expr.Atom(atoms.get(r.nextInt(atoms.size())));
    }
}
