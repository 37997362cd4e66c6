package io.helm4j.kube;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Kubernetes object as the API speaks it (client-go's unstructured): maps with String keys,
 * lists, String, Boolean, Long (JSON integers), Double (other numbers) and null. The tree is an
 * unmodifiable deep copy.
 */
public record Resource(Map<String, Object> object) {
    public Resource {
        object = freezeMap(object);
    }

    public String apiVersion() {
        return string(object.get("apiVersion"));
    }

    public String kind() {
        return string(object.get("kind"));
    }

    public GroupVersionKind gvk() {
        return GroupVersionKind.of(apiVersion(), kind());
    }

    public String name() {
        return string(metadata().get("name"));
    }

    /** The namespace written in the object, or the empty string. */
    public String namespace() {
        return string(metadata().get("namespace"));
    }

    public ResourceRef ref() {
        return new ResourceRef(gvk(), namespace(), name());
    }

    public Map<String, Object> metadata() {
        return map(object.get("metadata"));
    }

    /** metadata.labels as strings (empty when absent). */
    public Map<String, String> labels() {
        return strings(metadata().get("labels"));
    }

    public Map<String, String> annotations() {
        return strings(metadata().get("annotations"));
    }

    public String resourceVersion() {
        return string(metadata().get("resourceVersion"));
    }

    public String uid() {
        return string(metadata().get("uid"));
    }

    /** The value at a path of map keys ({@code "spec", "replicas"}), or null where the path ends. */
    public Object at(String... path) {
        Object cur = object;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(p);
        }
        return cur;
    }

    /** A copy with metadata.namespace set (or removed, for an empty namespace). */
    public Resource withNamespace(String namespace) {
        return withMetadata("namespace", namespace == null || namespace.isEmpty() ? null : namespace);
    }

    /** A copy with one metadata field set, or removed when the value is null. */
    public Resource withMetadata(String key, Object value) {
        Map<String, Object> copy = mutableCopy();
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) copy.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        if (value == null) {
            meta.remove(key);
        } else {
            meta.put(key, value);
        }
        return new Resource(copy);
    }

    /** A mutable deep copy of the object, to build a changed one from. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mutableCopy() {
        return (Map<String, Object>) thaw(object);
    }

    private static String string(Object o) {
        return o instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> freezeMap(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), freeze(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return freezeMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(freeze(e)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    private static Object thaw(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), thaw(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(thaw(e)));
            return out;
        }
        return v;
    }
}
