package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gotemplate.GoObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Go's view of template values: type and kind names, emptiness, equality, {@code %v} of scalars. */
final class GoValues {
    private GoValues() {
    }

    /** {@code %T}. */
    static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        String basic = basicName(v);
        if (basic != null) {
            return basic;
        } else if (v instanceof byte[]) {
            return "[]uint8";
        } else if (v instanceof io.helm4j.gotemplate.GoTyped t) {
            return t.goTypeName();
        } else if (v instanceof Map<?, ?>) {
            return "map[string]interface {}";
        } else if (v instanceof List<?>) {
            return "[]interface {}";
        }
        return GoFmt.typeName(v);
    }

    /**
     * The type (and kind) name of Go's basic types, else null. instanceof, not a switch over types: a cold JVM
     * spins a class for each such switch (see Exec.walk).
     */
    private static String basicName(Object v) {
        if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Integer) {
            return "int";
        } else if (v instanceof Long) {
            return "int64";
        } else if (v instanceof Double) {
            return "float64";
        }
        return null;
    }

    /** {@code reflect.Kind.String()}; nil is "invalid". */
    static String kindName(Object v) {
        if (v == null) {
            return "invalid";
        }
        String basic = basicName(v);
        if (basic != null) {
            return basic;
        } else if (v instanceof byte[] || v instanceof List<?>) {
            return "slice";
        } else if (v instanceof Map<?, ?>) {
            return "map";
        } else if (v instanceof DurationFunctions.Duration) {
            return "int64";
        } else if (v instanceof GoTime.CalendarInt) {
            return "int";
        } else if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            return g.goTypeName();
        } else if (v instanceof GoObject o) {
            return o.goTypeName().startsWith("*") ? "ptr" : "struct";
        }
        return "struct";
    }

    static boolean isSlice(Object v) {
        return v instanceof List<?> || v instanceof byte[];
    }

    /** The elements of a slice value (a List, or a []byte, whose elements are uint8). */
    @SuppressWarnings("unchecked")
    static List<Object> elements(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        byte[] b = (byte[]) v;
        List<Object> out = new ArrayList<>(b.length);
        for (byte x : b) {
            out.add(io.helm4j.gotemplate.GoInteger.uint8(x));
        }
        return out;
    }

    /** Sprig's {@code empty}. */
    static boolean isEmpty(Object v) {
        if (v == null) {
            return true;
        } else if (v instanceof String s) {
            return s.isEmpty();
        } else if (v instanceof Boolean b) {
            return !b;
        } else if (v instanceof Integer i) {
            return i == 0;
        } else if (v instanceof Long l) {
            return l == 0;
        } else if (v instanceof DurationFunctions.Duration d) {
            return d.nanos() == 0;
        } else if (v instanceof GoTime.CalendarInt c) {
            return c.longValue() == 0;
        } else if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            return g.value() == 0;
        } else if (v instanceof Double d) {
            return d == 0;
        } else if (v instanceof byte[] b) {
            return b.length == 0;
        } else if (v instanceof Map<?, ?> m) {
            return m.isEmpty();
        } else if (v instanceof List<?> l) {
            return l.isEmpty();
        }
        return false;
    }

    /** {@code reflect.DeepEqual}. */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            // reflect.DeepEqual tells a nil slice from an empty one
            if (!typeName(x).equals(typeName(y)) || x.size() != y.size()
                    || (x instanceof io.helm4j.yaml.GoNil) != (y instanceof io.helm4j.yaml.GoNil)) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEqual(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!typeName(x).equals(typeName(y)) || x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    /** Sprig's {@code strval}: strings and bytes as is, anything else as {@code %v}. */
    static String strval(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return io.helm4j.gostd.GoStrings.string(b);
        }
        return formatV(v);
    }

    /** {@code fmt.Sprint(v)}. */
    static String formatV(Object v) {
        return v instanceof String s ? s : GoFmt.formatValue(v);
    }
}
