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

    /** A Go {@code int} parameter; int64 values are accepted too (literals may arrive as either). */
    static int integer(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return (int) (long) l;
        }
        throw wrong("int", v);
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
