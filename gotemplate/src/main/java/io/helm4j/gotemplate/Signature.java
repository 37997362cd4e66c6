package io.helm4j.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter types of a template function, written as Go writes a parameter list without names:
 * {@code "int, string"}, {@code "string, ...interface {}"}, {@code ""}. The executor checks each argument
 * against its parameter's type as Go's {@code evalArg} does, so a constant of the wrong kind fails with Go's
 * "expected string; found 5" and a value with "wrong type for value; expected string; got int", before the
 * function is called. Supported types: {@code interface {}}, {@code string}, {@code bool}, {@code int},
 * {@code int64}, {@code uint32}, {@code float64}, {@code map[string]interface {}}, {@code []interface {}},
 * and named types seen as {@link GoObject}s ({@code time.Time}, {@code *semver.Version}).
 */
public final class Signature {
    private final ParamType[] params;
    private final boolean variadic;
    private final boolean typed;

    private Signature(ParamType[] params, boolean variadic) {
        this.params = params;
        this.variadic = variadic;
        boolean t = false;
        for (ParamType p : params) {
            t |= p != ParamType.ANY;
        }
        this.typed = t;
    }

    /** Parses a Go parameter list without names; the last type may start with {@code ...}. */
    public static Signature parse(String params) {
        String text = params.strip();
        if (text.isEmpty()) {
            return new Signature(new ParamType[0], false);
        }
        String[] parts = text.split(",");
        List<ParamType> types = new ArrayList<>(parts.length);
        boolean variadic = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("...")) {
                if (i != parts.length - 1) {
                    throw new IllegalArgumentException("only the last parameter can be variadic: " + params);
                }
                variadic = true;
                p = p.substring(3);
            }
            types.add(ParamType.of(p));
        }
        return new Signature(types.toArray(new ParamType[0]), variadic);
    }

    /** {@code arity} parameters of type {@code interface {}}, the last repeated when {@code variadic}. */
    public static Signature untyped(int arity, boolean variadic) {
        ParamType[] p = new ParamType[variadic ? arity + 1 : arity];
        java.util.Arrays.fill(p, ParamType.ANY);
        return new Signature(p, variadic);
    }

    /** The number of parameters before the variadic one (all of them when not variadic). */
    public int fixedParams() {
        return variadic ? params.length - 1 : params.length;
    }

    public boolean variadic() {
        return variadic;
    }

    /** False when every parameter is {@code interface {}} (nothing to check). */
    boolean typed() {
        return typed;
    }

    /** The type of argument {@code i} (0-based): a fixed parameter, or the variadic element type. */
    ParamType param(int i) {
        return i < params.length ? params[i] : params[params.length - 1];
    }

    /** Go's parameter list, e.g. {@code (int, string)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == params.length - 1) {
                sb.append("...");
            }
            sb.append(params[i].name);
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
