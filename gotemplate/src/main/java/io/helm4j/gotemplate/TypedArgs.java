package io.helm4j.gotemplate;

import java.util.List;

/**
 * Arguments evaluated for typed parameters, as Go's {@code evalArg} and {@code validateType} do: a constant
 * must be of the parameter's kind ("expected string; found 5"), nil only fits types that can be nil, and a
 * value must be assignable ("wrong type for value; expected string; got int"). Each argument is checked as
 * it is evaluated, so the first bad one is the one reported.
 */
final class TypedArgs {
    private TypedArgs() {
    }

    /** The arguments of {@code args} (after the function name) and the piped final value, if any. */
    static Object[] eval(Exec exec, Object dot, Signature sig, List<Node> args, Object fin) {
        int n = args == null ? 0 : args.size() - 1;
        Object[] out = new Object[fin != Exec.NO_FINAL ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            out[i] = arg(exec, dot, sig.param(i), args.get(i + 1));
        }
        if (fin != Exec.NO_FINAL) {
            out[n] = validate(exec, fin, sig.param(n));
        }
        return out;
    }

    private static Object arg(Exec exec, Object dot, ParamType t, Node n) {
        if (t == ParamType.ANY) {
            return Values.arg(exec.evalArg(dot, n));
        }
        exec.at(n);
        // constants are checked by kind (instanceof tests: cheaper than a pattern switch on this hot path)
        if (n instanceof Node.StringNode s) {
            if (t.kind == ParamType.Kind.STRING) {
                return s.text();
            }
            throw mismatch(exec, t, n);
        }
        if (n instanceof Node.NumberNode num) {
            if (fits(t, num)) {
                return number(t, num);
            }
            throw mismatch(exec, t, n);
        }
        if (n instanceof Node.BoolNode b) {
            if (t.kind == ParamType.Kind.BOOL) {
                return b.value();
            }
            throw mismatch(exec, t, n);
        }
        if (n instanceof Node.NilNode) {
            if (t.canBeNil()) {
                return null;
            }
            throw exec.error("cannot assign nil to " + t.name, null);
        }
        return validate(exec, exec.evalArg(dot, n), t);
    }

    private static boolean fits(ParamType t, Node.NumberNode num) {
        return switch (t.kind) {
            case INT, INT64, NAMED_INT -> num.isInt();
            case UINT -> num.isInt() && num.intValue() >= 0;
            case FLOAT -> num.isFloat();
            default -> false;
        };
    }

    private static Object number(ParamType t, Node.NumberNode num) {
        long v = num.intValue();
        return switch (t.kind) {
            case INT -> GoInteger.ofInt(v);
            case INT64, NAMED_INT -> v;
            case UINT -> v & 0xFFFF_FFFFL;
            default -> num.floatValue();
        };
    }

    private static TemplateExecException mismatch(Exec exec, ParamType t, Node n) {
        String found = Node.print(n);
        String expected = switch (t.kind) {
            case STRING -> "string";
            case BOOL -> "bool";
            case INT, INT64, NAMED_INT -> "integer";
            case UINT -> "unsigned integer";
            case FLOAT -> "float";
            default -> null;
        };
        if (expected == null) {
            return exec.error("can't handle " + found + " for arg of type " + t.name, null);
        }
        return exec.error("expected " + expected + "; found " + found, null);
    }

    /** Go's {@code validateType} for a value that is not a constant. */
    static Object validate(Exec exec, Object v, ParamType t) {
        if (v == Values.MISSING) {
            if (t.canBeNil()) {
                return null;
            }
            throw exec.error("invalid value; expected " + t.name, null);
        }
        if (t == ParamType.ANY || v != null && t.accepts(v)) {
            // a named map passed as map[string]interface {} is converted to it, as Go's reflect.Call does
            return t.kind == ParamType.Kind.MAP && v instanceof GoTyped g ? g.asUnderlying() : v;
        }
        String got = v == null ? "interface {}" : Values.typeName(v);
        throw exec.error("wrong type for value; expected " + t.name + "; got " + got, null);
    }
}
