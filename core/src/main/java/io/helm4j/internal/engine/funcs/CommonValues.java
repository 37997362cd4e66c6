package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoTyped;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Helm 4's {@code common.Values}, a named {@code map[string]interface {}}: the top-level object, {@code .Values}
 * and {@code .Template} are of this type, which {@code %T}, {@code typeOf} and type errors name. A view of the
 * map it wraps (no copy), so {@code set} on it changes the chart's values as in Go.
 */
public final class CommonValues extends AbstractMap<String, Object> implements GoTyped {
    private final Map<String, Object> map;

    private CommonValues(Map<String, Object> map) {
        this.map = map;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<?, ?> map) {
        return map instanceof CommonValues v ? v : new CommonValues((Map<String, Object>) map);
    }

    @Override
    public String goTypeName() {
        return "common.Values";
    }

    @Override
    public String underlyingTypeName() {
        return "map[string]interface {}";
    }

    @Override
    public Object asUnderlying() {
        return map;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map.entrySet();
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        return map.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}
