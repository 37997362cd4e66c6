package io.helm4j.internal.patch;

import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists with two entries of one key, which server-side apply rejects (a list of type {@code map}: containers by
 * {@code name}, a container's {@code env} by {@code name}, its ports by {@code containerPort} and {@code protocol};
 * or of type {@code set}: the same finalizer twice, {@code [="example.com/x"]}) while a client-side apply merges them,
 * the later entry winning: common in charts written for Helm 3. Found in an
 * object before anything is sent, worded as the API server words them
 * ({@code .spec.template.spec.containers[name="app"].env: duplicate entries for key [name="A"]}).
 *
 * <p>The list types of a built-in kind come from the same OpenAPI table as the patch metadata ({@link PatchSchema},
 * where a missing {@code protocol} counts as {@code TCP}, as the server defaults it before comparing); those of a
 * custom resource from its CustomResourceDefinition's schema ({@link CrdSchema}: {@code x-kubernetes-list-type: map}
 * and {@code x-kubernetes-list-map-keys}, a key's {@code default} filling it in, or {@code set}).
 */
public final class DuplicateListKeys {
    private DuplicateListKeys() {
    }

    /** What the search needs of a type: the type of a field's value (a list's: of its items) and a list's keys. */
    public interface Type {
        /** The type of the value of field {@code key}; for a list, of its items. */
        Type child(String key);

        /** The keys of field {@code key} when it is a list of type {@code map} ({@code x-kubernetes-list-map-keys}), else none. */
        List<String> mapKeys(String key);

        /** True when field {@code key} is a list of type {@code set} ({@code x-kubernetes-list-type: set}). */
        default boolean isSet(String key) {
            return false;
        }

        /** The value the server gives field {@code key} of this type when it is missing, or null. */
        default Object defaultOf(String key) {
            return null;
        }
    }

    /** The duplicates in {@code object}, described by {@code schema}, in the server's order. */
    public static List<String> find(Map<?, ?> object, Type schema) {
        List<String> out = new ArrayList<>();
        walk(object, schema, "", out);
        return out;
    }

    /**
     * structured-merge-diff's validation of a typed patch object, which the API server runs on every server-side apply:
     * each element of a list of type {@code map} or {@code set} whose key an earlier element had is one error (three
     * equal entries are two), and every element is then looked into (those of other lists by index, {@code [0]}).
     */
    private static void walk(Map<?, ?> map, Type schema, String path, List<String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Type type = schema.child(key);
            String at = path + "." + key;
            if (e.getValue() instanceof Map<?, ?> m) {
                walk(m, type, at, out);
            } else if (e.getValue() instanceof List<?> l) {
                list(l, type, schema.mapKeys(key), schema.isSet(key), at, out);
            }
        }
    }

    private static void list(List<?> l, Type type, List<String> keys, boolean set, String at, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < l.size(); i++) {
            Object item = l.get(i);
            String pe;
            if (!keys.isEmpty()) {
                if (!(item instanceof Map<?, ?> element)) {
                    continue;
                }
                pe = key(element, keys, type);
            } else if (set) {
                if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                    continue;
                }
                pe = "[=" + value(item) + "]";
            } else {
                pe = "[" + i + "]";
            }
            if ((set || !keys.isEmpty()) && !seen.add(pe)) {
                out.add(at + ": duplicate entries for key " + pe);
            }
            if (item instanceof Map<?, ?> element) {
                walk(element, type, at + pe, out);
            }
        }
    }

    /** An element's key as the server prints it: {@code [containerPort=80,protocol="TCP"]}. */
    private static String key(Map<?, ?> element, List<String> keys, Type type) {
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            Object v = element.get(k);
            if (v == null) {
                v = type.defaultOf(k);
            }
            if (v != null) {
                parts.add(k + "=" + value(v));
            }
        }
        return "[" + String.join(",", parts) + "]";
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return Strconv.quote(s);
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && !Double.isInfinite(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(v);
    }
}
