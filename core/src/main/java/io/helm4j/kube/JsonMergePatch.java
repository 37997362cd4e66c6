package io.helm4j.kube;

import io.helm4j.Helm4jException;
import io.helm4j.internal.json.JsonEquality;
import io.helm4j.yaml.GoYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 7386 JSON merge patches over JSON-shaped maps: applying one, the two-way patch from one object
 * to another (evanphx/json-patch's {@code CreateMergePatch}), and the three-way patch kubectl and Helm
 * compute from what was applied last, what is wanted now and what the server has
 * ({@code jsonmergepatch.CreateThreeWayJSONMergePatch}): the changes from the live object to the
 * wanted one, but no deletion of what others added, plus the deletion of what the last applied
 * object had and the wanted one drops. Lists are values: a changed list is sent whole.
 */
public final class JsonMergePatch {
    private JsonMergePatch() {
    }

    /** The object {@code target} with {@code patch} merged in (null values delete). */
    @SuppressWarnings("unchecked")
    public static Object apply(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> p)) {
            return patch;
        }
        Map<String, Object> out = target instanceof Map<?, ?> t ? new LinkedHashMap<>((Map<String, Object>) t)
                : new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) p).entrySet()) {
            if (e.getValue() == null) {
                out.remove(e.getKey());
            } else {
                out.put(e.getKey(), apply(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    /** The merge patch that turns {@code original} into {@code modified} (empty when they are equal). */
    public static Map<String, Object> diff(Map<String, Object> original, Map<String, Object> modified) {
        Map<String, Object> patch = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : modified.entrySet()) {
            Object before = original.get(e.getKey());
            Object after = e.getValue();
            if (!original.containsKey(e.getKey())) {
                patch.put(e.getKey(), after);
            } else if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
                Map<String, Object> sub = diff(cast(b), cast(a));
                if (!sub.isEmpty()) {
                    patch.put(e.getKey(), sub);
                }
            } else if (!JsonEquality.same(before, after)) {
                patch.put(e.getKey(), after);
            }
        }
        for (String k : original.keySet()) {
            if (!modified.containsKey(k)) {
                patch.put(k, null);
            }
        }
        return patch;
    }

    /**
     * kubectl's three-way JSON merge patch: what {@code current} (the live object) lacks of
     * {@code modified}, and the deletions from {@code original} (last applied) to {@code modified}.
     */
    public static Map<String, Object> threeWay(Map<String, Object> original, Map<String, Object> modified,
            Map<String, Object> current) {
        Map<String, Object> additions = withoutNulls(diff(current, modified));
        Map<String, Object> deletions = onlyNulls(diff(original, modified));
        if (hasConflicts(additions, deletions)) {
            throw new Helm4jException("patch:\n" + GoYaml.toYaml(additions)
                    + "\nconflicts with changes made from original to current:\n" + GoYaml.toYaml(deletions) + "\n");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> merged = (Map<String, Object>) merge(deletions, additions);
        if (merged.containsKey("apiVersion") || merged.containsKey("kind")
                || merged.get("metadata") instanceof Map<?, ?> m && m.containsKey("name")) {
            throw new Helm4jException("precondition failed for: " + KubeJson.write(merged)
                    + ": at least one field was changed: apiVersion, kind or name");
        }
        return merged;
    }

    /**
     * apimachinery's {@code mergepatch.HasConflicts}: whether two patches set one key differently (maps compared
     * key by key, lists element by element, scalars by value; a map or list against anything else conflicts).
     */
    public static boolean hasConflicts(Object left, Object right) {
        if (left instanceof Map<?, ?> l) {
            if (!(right instanceof Map<?, ?> r)) {
                return true;
            }
            for (Map.Entry<?, ?> e : l.entrySet()) {
                if (r.containsKey(e.getKey()) && hasConflicts(e.getValue(), r.get(e.getKey()))) {
                    return true;
                }
            }
            return false;
        }
        if (left instanceof List<?> l) {
            if (!(right instanceof List<?> r) || l.size() != r.size()) {
                return true;
            }
            for (int i = 0; i < l.size(); i++) {
                if (hasConflicts(l.get(i), r.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return !(left == null ? right == null : right != null && JsonEquality.same(left, right));
    }

    /** Merges two patches (the second wins), keeping the nulls of both. */
    @SuppressWarnings("unchecked")
    private static Object merge(Object a, Object b) {
        if (!(a instanceof Map<?, ?> am) || !(b instanceof Map<?, ?> bm)) {
            return b;
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) am);
        for (Map.Entry<String, Object> e : ((Map<String, Object>) bm).entrySet()) {
            out.put(e.getKey(), out.containsKey(e.getKey()) ? merge(out.get(e.getKey()), e.getValue()) : e.getValue());
        }
        return out;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> patch) {
        Map<String, Object> out = new LinkedHashMap<>();
        patch.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> sub = withoutNulls(cast(m));
                if (!sub.isEmpty()) {
                    out.put(k, sub);
                }
            } else if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, Object> onlyNulls(Map<String, Object> patch) {
        Map<String, Object> out = new LinkedHashMap<>();
        patch.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> sub = onlyNulls(cast(m));
                if (!sub.isEmpty()) {
                    out.put(k, sub);
                }
            } else if (v == null) {
                out.put(k, null);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
