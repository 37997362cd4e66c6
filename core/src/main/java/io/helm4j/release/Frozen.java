package io.helm4j.release;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, order-keeping, unmodifiable copies of JSON-shaped values (maps, lists, scalars; nulls kept). */
final class Frozen {
    private Frozen() {
    }

    static Map<String, Object> map(Map<String, ?> m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, value(v)));
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<? extends T> l) {
        return l == null ? null : Collections.unmodifiableList(new ArrayList<>(l));
    }

    @SuppressWarnings("unchecked")
    static Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            return map((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(value(o));
            }
            return Collections.unmodifiableList(copy);
        }
        return v;
    }
}
