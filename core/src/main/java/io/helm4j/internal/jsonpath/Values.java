package io.helm4j.internal.jsonpath;

import io.helm4j.gotemplate.GoFmt;
import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data model JSONPath walks (Map, List, String, Boolean, Long/Integer, Double, null as JSON decodes
 * into Go's interface{}), with Go's type names, printing and the comparisons of client-go's forked
 * text/template functions.
 */
final class Values {
    private Values() {
    }

    /** Go's {@code %v} of the value's type, as in "map[string]interface {} is not array or slice". */
    static String goType(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case Map<?, ?> m -> "map[string]interface {}";
            case List<?> l -> "[]interface {}";
            case String s -> "string";
            case Boolean b -> "bool";
            case Integer i -> "int";
            case Long l -> "int64";
            case Double d -> "float64";
            default -> v.getClass().getSimpleName();
        };
    }

    /**
     * The values under a container, as reflect walks them: a map's values (in key order; Go's order is
     * random), a list's elements, a string's bytes.
     */
    static List<Object> children(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            out.addAll(sorted(m).values());
        } else if (v instanceof List<?> l) {
            out.addAll(l);
        } else if (v instanceof String s) {
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                out.add((long) (b & 0xff));
            }
        }
        return out;
    }

    private static Map<String, Object> sorted(Map<?, ?> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** How kubectl prints one result: maps and lists as compact JSON, anything else as Go's {@code %v}. */
    static String print(Object v) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return GoYaml.toJson(v);
        }
        return v == null ? "<nil>" : GoFmt.sprint(v);
    }

    private enum Kind { BOOL, INT, FLOAT, STRING }

    private static Kind kind(Object v) {
        return switch (v) {
            case Boolean b -> Kind.BOOL;
            case Integer i -> Kind.INT;
            case Long l -> Kind.INT;
            case Double d -> Kind.FLOAT;
            case String s -> Kind.STRING;
            case null, default -> throw new JsonPathException("invalid type for comparison");
        };
    }

    static boolean equal(Object a, Object b) {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka != kb) {
            throw new JsonPathException("incompatible types for comparison");
        }
        return switch (ka) {
            case BOOL, STRING -> a.equals(b);
            case INT -> ((Number) a).longValue() == ((Number) b).longValue();
            case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
        };
    }

    static boolean less(Object a, Object b) {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka != kb) {
            throw new JsonPathException("incompatible types for comparison");
        }
        return switch (ka) {
            case BOOL -> throw new JsonPathException("invalid type for comparison");
            case STRING -> ((String) a).compareTo((String) b) < 0;
            case INT -> ((Number) a).longValue() < ((Number) b).longValue();
            case FLOAT -> ((Number) a).doubleValue() < ((Number) b).doubleValue();
        };
    }
}
