package io.helm4j.gotemplate;

import java.util.List;
import java.util.Map;

/** Go's view of the Java value model: kinds, truth and type names. */
final class Values {
    /** Go's invalid {@code reflect.Value}: "no value", as opposed to a nil interface ({@code null}). */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private Values() {
    }

    enum Kind {
        INVALID, BOOL, INT, FLOAT, STRING, OTHER
    }

    /** Go's {@code basicKind} of a value after {@code indirectInterface}. */
    static Kind basicKind(Object v) {
        if (v == null || v == MISSING) {
            return Kind.INVALID;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof GoInteger) {
            // uint8 is Go's uintKind; its values are non-negative and fit an int64, so Go's mixed int/uint
            // comparisons give what comparing them as int64 gives
            return Kind.INT;
        }
        if (v instanceof Double || v instanceof Float) {
            return Kind.FLOAT;
        }
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Character) {
            return Kind.INT;
        }
        if (v instanceof Number) {
            return Kind.INT; // a named integer type of Go, such as time.Duration (an int64)
        }
        return Kind.OTHER;
    }

    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof Character || v instanceof GoInteger;
    }

    static long toLong(Object v) {
        if (v instanceof Character c) {
            return c;
        }
        return ((Number) v).longValue();
    }

    /** Go's {@code IsTrue}. */
    static boolean isTrue(Object v) {
        if (v == null || v == MISSING) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof GoInteger) {
            return ((Number) v).longValue() != 0;
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() != 0;
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof byte[] b) {
            return b.length > 0;
        }
        if (v instanceof Object[] a) {
            return a.length > 0;
        }
        if (v instanceof Character c) {
            return c != 0;
        }
        if (v instanceof Number n) {
            return n.longValue() != 0; // a named integer type of Go, such as time.Duration
        }
        return true;
    }

    /** Go's type name for error messages. */
    static String typeName(Object v) {
        if (v == MISSING) {
            return "<nil>";
        }
        if (v instanceof GoTyped g) {
            return g.goTypeName();
        }
        return GoFmt.typeName(v);
    }

    /** What {@code {{ x }}} prints for a pipeline value. */
    static String print(Object v) {
        if (v == null || v == MISSING) {
            return "<no value>";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof GoObject o && o.templateText() != null) {
            return o.templateText();
        }
        return GoFmt.formatValue(v);
    }

    /** A value handed to a function: Go gives nil for "no value". */
    static Object arg(Object v) {
        return v == MISSING ? null : v;
    }
}
