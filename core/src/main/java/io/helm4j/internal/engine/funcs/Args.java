package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FunctionArgumentException;

import java.util.Map;

/** Checks of arguments against Go parameter types, failing with text/template's wording. */
final class Args {
    private Args() {
    }

    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw wrong("string", v);
    }

    /**
     * A Go {@code int} parameter; int64 values are accepted too. Go's int has 64 bits: a value beyond a Java
     * int is saturated, which keeps what the functions do with it (a count or index past any string or list,
     * a negative start).
     */
    static int integer(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return saturate(l);
        }
        if (v instanceof io.helm4j.gotemplate.GoInteger g && g.type() == io.helm4j.gotemplate.GoInteger.Type.INT) {
            return saturate(g.value());
        }
        throw wrong("int", v);
    }

    private static int saturate(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    static long int64(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw wrong("int64", v);
    }

    static boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrong("bool", v);
    }

    /** A {@code map[string]interface{}} parameter: nil arrives as a nil (null) map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw wrong("map[string]interface {}", v);
    }

    static FunctionArgumentException wrong(String expected, Object got) {
        if (got == null) {
            return new FunctionArgumentException("invalid value; expected " + expected);
        }
        return new FunctionArgumentException(
                "wrong type for value; expected " + expected + "; got " + GoValues.typeName(got));
    }
}
