package io.helm4j.internal.engine.funcs;

import java.util.List;
import java.util.Map;

/**
 * dario.cat/mergo's deep merge of {@code map[string]interface{}} as Sprig's merge and mergeOverwrite use
 * it: nested maps merge in place, everything else is a leaf; without overwrite a leaf replaces only a
 * missing or empty (false, 0, "", nil, empty collection) destination value; with overwrite a nil source
 * value is copied too, without it a nil source value is skipped.
 */
final class Mergo {
    private Mergo() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String key = e.getKey();
            Object s = e.getValue();
            boolean present = dst.containsKey(key);
            Object d = dst.get(key);
            if (s == null) {
                if (overwrite) {
                    dst.put(key, null);
                }
                continue;
            }
            if (s instanceof Map<?, ?> sm && d instanceof Map<?, ?> dm) {
                merge((Map<String, Object>) dm, (Map<String, Object>) sm, overwrite);
            }
            if (present && !GoValues.isEmpty(d)) {
                if (s instanceof List<?>) {
                    if (overwrite) {
                        dst.put(key, s);
                    }
                    continue;
                }
                if (s instanceof Map<?, ?> && d instanceof Map<?, ?>) {
                    continue;
                }
            }
            if (overwrite || !present || GoValues.isEmpty(d)) {
                dst.put(key, s);
            }
        }
    }
}
