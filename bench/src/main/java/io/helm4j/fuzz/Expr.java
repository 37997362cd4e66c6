package io.helm4j.fuzz;

import java.util.ArrayList;
import java.util.List;

/** A generated template expression: an atom or a function call, written as a Go template argument. */
sealed interface Expr permits Expr.Atom, Expr.Call {
    /** The text as a template argument (calls in parentheses), where a pointer's address would show verbatim. */
    default String text() {
        return text(false);
    }

    /**
     * The text as a template argument. Go prints a pointer inside a map or slice (the context's
     * {@code *common.Capabilities}, a {@code *semver.Version} under {@code %#v} or {@code %d}) as its address,
     * which changes from process to process: where the address could show verbatim, the comparison blanks it
     * ({@link Outcome#agrees}); under a function that would hash, measure, cut or re-encode it ({@code opaque}),
     * the expression is written without the pointer: {@code .} as {@code (omit . "Capabilities")},
     * {@code .Capabilities} as {@code .Capabilities.KubeVersion}, {@code semver X} as {@code (semver X).String}.
     * {@code keys} and {@code values} list a map in Go's random order: they are written sorted
     * ({@code (sortAlpha (keys M))}).
     */
    String text(boolean opaque);

    /** Number of nodes, the minimiser's measure. */
    int size();

    /** Every function name used, outermost first. */
    void functions(List<String> into);

    /** A literal or a field: {@code "a"}, {@code 0}, {@code .Values.list}. */
    record Atom(String text) implements Expr {
        public String text(boolean opaque) {
            if (!opaque) {
                return text;
            }
            return switch (text) {
                case "." -> "(omit . \"Capabilities\")";
                case ".Capabilities" -> ".Capabilities.KubeVersion";
                default -> text;
            };
        }

        public int size() { return 1; }

        public void functions(List<String> into) { }
    }

    /** {@code (fn a b c)}, or written as a pipeline {@code (c | fn a b)} when {@code piped}. */
    record Call(String fn, List<Expr> args, boolean piped) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public String text(boolean opaque) {
            String t = plainText(opaque || !transparent());
            if (fn.equals("keys") || fn.equals("values")) {
                return "(sortAlpha " + t + ")";
            }
            return opaque && fn.equals("semver") ? t + ".String" : t;
        }

        private String plainText(boolean argsOpaque) {
            if (args.isEmpty()) {
                return "(" + fn + ")";
            }
            StringBuilder b = new StringBuilder("(");
            List<Expr> head = piped ? args.subList(0, args.size() - 1) : args;
            if (piped) {
                b.append(args.get(args.size() - 1).text(argsOpaque)).append(" | ");
            }
            b.append(fn);
            for (Expr a : head) {
                b.append(' ').append(a.text(argsOpaque));
            }
            return b.append(')').toString();
        }

        /** True when a pointer's printed form passes through this call verbatim (so its address can be blanked). */
        private boolean transparent() {
            if (fn.equals("printf")) {
                return !args.isEmpty() && args.getFirst() instanceof Atom f && VERBATIM_FORMATS.contains(f.text());
            }
            return TRANSPARENT.contains(fn);
        }

        public int size() {
            return 1 + args.stream().mapToInt(Expr::size).sum();
        }

        public void functions(List<String> into) {
            into.add(fn);
            args.forEach(a -> a.functions(into));
        }

        private static final java.util.Set<String> VERBATIM_FORMATS =
            java.util.Set.of("\"%v\"", "\"%#v\"", "\"%+v\"", "\"%s\"", "\"%q\"", "\"%T\"");

        /** Functions that keep their arguments' printed forms: they collect, pick, copy or print them as they are. */
        private static final java.util.Set<String> TRANSPARENT = java.util.Set.of("list", "tuple", "dict", "append",
            "mustAppend", "push", "mustPush", "prepend", "mustPrepend", "concat", "first", "mustFirst", "last",
            "mustLast", "rest", "mustRest", "initial", "mustInitial", "reverse", "mustReverse", "uniq", "mustUniq",
            "compact", "mustCompact", "without", "mustWithout", "slice", "mustSlice", "index", "get", "set", "unset",
            "pick", "omit", "merge", "mustMerge", "mergeOverwrite", "mustMergeOverwrite", "deepCopy", "mustDeepCopy",
            "default", "coalesce", "ternary", "dig", "pluck", "chunk", "mustChunk", "toString", "toJson", "mustToJson",
            "toPrettyJson", "mustToPrettyJson", "toRawJson", "mustToRawJson", "toYaml", "mustToYaml", "toYamlPretty",
            "quote", "squote", "cat", "print", "println", "join");

        Call withArg(int i, Expr e) {
            List<Expr> copy = new ArrayList<>(args);
            copy.set(i, e);
            return new Call(fn, copy, piped);
        }
    }
}
