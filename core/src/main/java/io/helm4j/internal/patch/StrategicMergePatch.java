package io.helm4j.internal.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' strategic merge patch over JSON-shaped values (maps, lists, String, Long, Double, Boolean, null),
 * with the semantics of apimachinery's {@code strategicpatch}: lists whose field has the strategy {@code merge} are
 * merged by their merge key (containers by {@code name}, ports by {@code containerPort}), or, for lists of scalars,
 * as sets; deletions are {@code {"$patch": "delete", key: value}} elements and {@code $deleteFromPrimitiveList/F}
 * lists, the order of a merged list is {@code $setElementOrder/F}, and a {@code retainKeys} field lists the keys to
 * keep in {@code $retainKeys}.
 *
 * <p>{@link #threeWay} is the patch kubectl and Helm send for a built-in kind ({@code CreateThreeWayMergePatch}
 * with overwrite): what the live object lacks of the wanted one, plus what the last applied object had and the
 * wanted one drops; what others added to the live object (a container, an env entry, an annotation) stays.
 * {@link #apply} is what the API server makes of a patch.
 */
public final class StrategicMergePatch {
    private StrategicMergePatch() {
    }

    /**
     * The three-way patch from {@code original} (last applied) and {@code current} (live) to {@code modified}
     * (wanted); empty when nothing changes. The inputs are not changed.
     */
    public static Map<String, Object> threeWay(Map<String, Object> original, Map<String, Object> modified,
            Map<String, Object> current, PatchSchema schema) {
        Map<String, Object> delta = PatchDiff.diffMaps(copy(current), copy(modified), schema,
                PatchDiff.Options.delta());
        Map<String, Object> deletions = PatchDiff.diffMaps(copy(original), copy(modified), schema,
                PatchDiff.Options.deletions());
        return PatchMerge.mergeMap(deletions, delta, schema, false);
    }

    /** {@code object} with {@code patch} applied, as the API server applies a strategic merge patch. */
    public static Map<String, Object> apply(Map<String, Object> object, Map<String, Object> patch, PatchSchema schema) {
        return PatchMerge.mergeMap(copy(object), copy(patch), schema, true);
    }

    /** A deep, mutable copy of a JSON-shaped value. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }
}
