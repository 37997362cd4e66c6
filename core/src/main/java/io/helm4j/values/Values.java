package io.helm4j.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helpers over the values model (Map with String keys, List, String, Boolean, Long, Double, null): deep
 * copies and Helm's dotted-path lookups ({@code Values.Table}, {@code Values.PathValue}).
 */
public final class Values {
    private Values() {
    }

    /** A deep copy: maps become LinkedHashMaps, lists ArrayLists; a null map becomes an empty one. */
    public static Map<String, Object> deepCopyMap(Map<String, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, deepCopy(v)));
        }
        return out;
    }

    /** A deep copy of any value of the model. */
    public static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            // a list read from YAML keeps its Go capacity (Helm copies values with copystructure, which keeps it)
            List<Object> out = l instanceof io.helm4j.yaml.GoSlice.Appended
                    ? new io.helm4j.yaml.GoSlice.Appended(l.size()) : new ArrayList<>(l.size());
            l.forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object v) {
        return (Map<String, Object>) v;
    }

    /**
     * Helm's {@code Values.Table}: the table at a dotted path ({@code a.b.c}), or empty when a segment is
     * missing or not a table.
     */
    public static Optional<Map<String, Object>> table(Map<String, Object> values, String path) {
        Map<String, Object> t = values;
        for (String seg : path.split("\\.", -1)) {
            Object v = t.get(seg);
            if (!(v instanceof Map<?, ?>)) {
                return Optional.empty();
            }
            t = asMap(v);
        }
        return Optional.of(t);
    }

    /** The segment at which {@link #table} fails (Helm's ErrNoTable key), or null when the table exists. */
    static String missingTableKey(Map<String, Object> values, String path) {
        Map<String, Object> t = values;
        for (String seg : path.split("\\.", -1)) {
            Object v = t.get(seg);
            if (!(v instanceof Map<?, ?>)) {
                return seg;
            }
            t = asMap(v);
        }
        return null;
    }

    /** The result of a {@link #pathValue} lookup: whether a non-table value was found, and which. */
    public record PathValue(boolean found, Object value) {
    }

    /**
     * Helm's {@code Values.PathValue}: the non-table value at a dotted path. A table there, or a missing
     * segment, counts as not found.
     */
    public static PathValue pathValue(Map<String, Object> values, String path) {
        if (path.isEmpty()) {
            return new PathValue(false, null);
        }
        String[] segs = path.split("\\.", -1);
        Map<String, Object> t = values;
        if (segs.length > 1) {
            String parent = String.join(".", java.util.Arrays.copyOf(segs, segs.length - 1));
            Optional<Map<String, Object>> tt = table(values, parent);
            if (tt.isEmpty()) {
                return new PathValue(false, null);
            }
            t = tt.get();
        }
        String key = segs[segs.length - 1];
        if (t.containsKey(key) && !(t.get(key) instanceof Map<?, ?>)) {
            return new PathValue(true, t.get(key));
        }
        return new PathValue(false, null);
    }
}
