package io.helm4j.yaml;

import java.util.List;
import java.util.Map;

/**
 * YAML and JSON as Helm reads and writes them (sigs.k8s.io/yaml over go-yaml v2, and Go's
 * encoding/json). Values use the template value model: Map (String keys), List, String, Boolean,
 * Long, Double, null.
 */
public final class GoYaml {
    // STUB: the yaml implementation replaces these bodies.

    private GoYaml() {
    }

    /** sigs.k8s.io/yaml Unmarshal into interface{}: one document; numbers become float64 (Double), as Helm's values do. */
    public static Object load(String yaml) {
        // STUB: naive YAML 1.2 load; the go-yaml v2 compatible reader replaces it.
        Object o = new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(yaml);
        return normalize(o);
    }

    @SuppressWarnings("unchecked")
    private static Object normalize(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>();
            l.forEach(v -> out.add(normalize(v)));
            return out;
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        return o;
    }

    /** Like {@link #load} but requires a mapping (or empty document, giving an empty map). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> loadMap(String yaml) {
        Object o = load(yaml);
        return o == null ? new java.util.LinkedHashMap<>() : (Map<String, Object>) o;
    }

    /** Every document of a multi-document stream, each as {@link #load} reads it. */
    public static List<Object> loadAll(String yaml) {
        List<Object> out = new java.util.ArrayList<>();
        new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadAllFromString(yaml).forEach(d -> out.add(normalize(d)));
        return out;
    }

    /** sigs.k8s.io/yaml Marshal: what Helm's {@code toYaml} prints (before its trailing-newline trim). */
    public static String toYaml(Object value) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Go's json.Marshal: what {@code toJson} prints. */
    public static String toJson(Object value) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Go's json.Unmarshal into interface{}: numbers are float64. */
    public static Object fromJson(String json) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
