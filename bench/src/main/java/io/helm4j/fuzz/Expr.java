package io.helm4j.fuzz;

import java.util.ArrayList;
import java.util.List;

/** A generated template expression: an atom or a function call, written as a Go template argument. */
sealed interface Expr permits Expr.Atom, Expr.Call {
    /** The text as a template argument (calls in parentheses). */
    String text();

    /** Number of nodes, the minimiser's measure. */
    int size();

    /** Every function name used, outermost first. */
    void functions(List<String> into);

    /** A literal or a field: {@code "a"}, {@code 0}, {@code .Values.list}. */
    record Atom(String text) implements Expr {
        public int size() { return 1; }

        public void functions(List<String> into) { }
    }

    /** {@code (fn a b c)}, or written as a pipeline {@code (c | fn a b)} when {@code piped}. */
    record Call(String fn, List<Expr> args, boolean piped) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public String text() {
            if (args.isEmpty()) {
                return "(" + fn + ")";
            }
            StringBuilder b = new StringBuilder("(");
            List<Expr> head = piped ? args.subList(0, args.size() - 1) : args;
            if (piped) {
                b.append(args.get(args.size() - 1).text()).append(" | ");
            }
            b.append(fn);
            for (Expr a : head) {
                b.append(' ').append(a.text());
            }
            return b.append(')').toString();
        }

        public int size() {
            return 1 + args.stream().mapToInt(Expr::size).sum();
        }

        public void functions(List<String> into) {
            into.add(fn);
            args.forEach(a -> a.functions(into));
        }

        Call withArg(int i, Expr e) {
            List<Expr> copy = new ArrayList<>(args);
            copy.set(i, e);
            return new Call(fn, copy, piped);
        }
    }
}
