package io.helm4j.internal.patch;

import static io.helm4j.internal.patch.PatchValues.DELETE_PRIMITIVES;
import static io.helm4j.internal.patch.PatchValues.DIRECTIVE;
import static io.helm4j.internal.patch.PatchValues.RETAIN_KEYS;
import static io.helm4j.internal.patch.PatchValues.SET_ORDER;

import io.helm4j.internal.patch.PatchValues.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge half of a strategic merge patch ({@code mergeMap}). Applying ({@code apply}: the server's way) executes
 * the directives; combining two patches (the deletions and the changes of a three-way patch) keeps them.
 */
final class PatchMerge {
    private PatchMerge() {
    }

    /** {@code patch} merged into {@code original}, which is changed; {@code apply} as the API server applies it. */
    static Map<String, Object> mergeMap(Map<String, Object> original, Map<String, Object> patch, PatchSchema schema,
            boolean apply) {
        if (patch.containsKey(DIRECTIVE)) {
            Object directive = patch.get(DIRECTIVE);
            if ("replace".equals(directive)) {
                patch.remove(DIRECTIVE);
                return patch;
            }
            if ("delete".equals(directive)) {
                return new LinkedHashMap<>();
            }
            throw new PatchException("unknown patch type: " + directive + " in map: " + patch);
        }
        if (original == null) {
            original = new LinkedHashMap<>();
        }
        retainKeys(original, patch, apply);
        mergeOrderedLists(original, patch, schema, apply);
        for (Map.Entry<String, Object> e : new ArrayList<>(patch.entrySet())) {
            String key = e.getKey();
            Object value = e.getValue();
            boolean deleteList = false;
            if (key.startsWith(DELETE_PRIMITIVES)) {
                if (!apply) {
                    original.put(key, value);
                    continue;
                }
                deleteList = true;
                key = strip(key, DELETE_PRIMITIVES);
            }
            if (value == null) {
                original.remove(key);
                if (apply) {
                    continue;
                }
            }
            if (!original.containsKey(key) || PatchValues.type(original.get(key)) != PatchValues.type(value)) {
                if (!deleteList) {
                    if (apply) {
                        discardNulls(value);
                    }
                    putWithoutDirectives(original, key, value);
                }
                continue;
            }
            Object current = original.get(key);
            switch (PatchValues.type(current)) {
                case MAP -> {
                    PatchSchema.Field field = schema.lookup(key);
                    original.put(key, field.replace() ? value
                            : mergeMap(PatchValues.map(current), PatchValues.map(value), field.type(), apply));
                }
                case LIST -> {
                    PatchSchema.Field field = schema.lookup(key);
                    original.put(key, field.merge() || deleteList
                            ? mergeSlice(PatchValues.list(current), PatchValues.list(value), field.type(),
                                    field.mergeKey(), apply, deleteList, null)
                            : value);
                }
                default -> putWithoutDirectives(original, key, value);
            }
        }
        return original;
    }

    private static void putWithoutDirectives(Map<String, Object> original, String key, Object value) {
        if (isDirective(value)) {
            original.remove(key);
        } else {
            original.put(key, removeDirectives(value));
        }
    }

    /** {@code $retainKeys}: applied, the keys of {@code original} it does not list are cleared. */
    private static void retainKeys(Map<String, Object> original, Map<String, Object> patch, boolean apply) {
        if (!patch.containsKey(RETAIN_KEYS)) {
            return;
        }
        Object retain = patch.remove(RETAIN_KEYS);
        if (!apply) {
            if (original.containsKey(RETAIN_KEYS)) {
                if (!PatchValues.deepEqual(original.get(RETAIN_KEYS), retain)) {
                    throw new PatchException(original.get(RETAIN_KEYS) + " and " + retain
                            + " are not deep equal: this may happen when calculating the 3-way diff patch");
                }
            } else {
                original.put(RETAIN_KEYS, retain);
            }
            return;
        }
        if (!(retain instanceof List<?> keys)) {
            throw new PatchException("invalid patch format of retainKeys");
        }
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String k = e.getKey();
            if (e.getValue() != null && !k.startsWith(DELETE_PRIMITIVES) && !k.startsWith(SET_ORDER)
                    && !keys.contains(k)) {
                throw new PatchException("invalid patch format of retainKeys");
            }
        }
        original.keySet().removeIf(k -> !keys.contains(k));
    }

    /** The lists a {@code $setElementOrder/F} directive of {@code patch} orders, merged and put in that order. */
    private static void mergeOrderedLists(Map<String, Object> original, Map<String, Object> patch, PatchSchema schema,
            boolean apply) {
        for (String directive : new ArrayList<>(patch.keySet())) {
            if (!directive.startsWith(SET_ORDER)) {
                continue;
            }
            Object order = patch.remove(directive);
            if (!apply) {
                if (original.containsKey(directive) && !PatchValues.deepEqual(original.get(directive), order)) {
                    throw new PatchException("invalid patch format of setElementOrder list");
                }
                original.putIfAbsent(directive, order);
            }
            if (!(order instanceof List<?>)) {
                throw new PatchException("invalid patch format of setElementOrder list");
            }
            List<Object> orderList = PatchValues.list(order);
            String key = strip(directive, SET_ORDER);
            boolean inOriginal = original.containsKey(key);
            boolean inPatch = patch.containsKey(key);
            List<Object> origList = inOriginal ? listOrError(original.get(key)) : List.of();
            List<Object> patchList = inPatch ? listOrError(patch.get(key)) : List.of();
            PatchSchema.Field field = schema.field(key);
            String mergeKey = field.mergeKey();
            checkOrder(patchList, orderList, mergeKey);
            List<Object> merged;
            if (inOriginal && !inPatch) {
                merged = origList;
            } else if (!inOriginal && inPatch) {
                merged = PatchValues.list(removeDirectives(patchList));
            } else if (inOriginal) {
                // Go merges into the original list's array in place: what the order below reads of it is that array
                origList = new ArrayList<>(origList);
                merged = field.merge() ? mergeSlice(origList, patchList, field.type(), mergeKey, apply, false, origList)
                        : patchList;
            } else {
                continue;
            }
            Type kind = PatchValues.elementType(origList, patchList);
            List<List<Object>> parts = partition(merged, orderList, mergeKey);
            original.put(key, normalizeElementOrder(parts.get(0), parts.get(1), orderList, origList, mergeKey, kind));
            patch.remove(key);
        }
    }

    private static List<Object> listOrError(Object v) {
        if (v instanceof List<?>) {
            return PatchValues.list(v);
        }
        throw new PatchException("expected a list, but received a " + PatchValues.type(v).name().toLowerCase());
    }

    /** {@code validatePatchWithSetOrderList}: the patch list's elements appear in the order list, in its order. */
    private static void checkOrder(List<Object> patchList, List<Object> order, String mergeKey) {
        if (order.isEmpty() || patchList.isEmpty()) {
            return;
        }
        List<Object> kept = mergeKey.isEmpty() ? patchList
                : patchList.stream().filter(v -> !PatchValues.isDeleteDirective(v)).toList();
        int p = 0;
        int s = 0;
        while (p < kept.size() && s < order.size()) {
            if (isDirective(kept.get(p))) {
                p++;
                continue;
            }
            boolean same = mergeKey.isEmpty() ? PatchValues.goEquals(kept.get(p), order.get(s))
                    : PatchValues.goEquals(PatchValues.mergeKeyValue(kept.get(p), mergeKey),
                            PatchValues.mergeKeyValue(order.get(s), mergeKey));
            if (same) {
                p++;
            }
            s++;
        }
        if (p < kept.size()) {
            throw new PatchException("The order in patch list:\n" + patchList + "\n doesn't match " + SET_ORDER
                    + " list:\n" + order + "\n");
        }
    }

    /**
     * The merge of two lists. {@code array}, when given, is the original list's array as Go's in-place {@code append}s
     * leave it (deleted elements shifted out, the freed slots then taken by appended ones), which an enclosing
     * {@code $setElementOrder} reads the server's order from.
     */
    static List<Object> mergeSlice(List<Object> original, List<Object> patch, PatchSchema schema, String mergeKey,
            boolean apply, boolean deleteList, List<Object> array) {
        if (original.isEmpty() && patch.isEmpty()) {
            return original;
        }
        Type kind = PatchValues.elementType(original, patch);
        List<Object> merged;
        if (kind != Type.MAP) {
            if (apply && deleteList) {
                return original.stream().filter(v -> patch.stream().noneMatch(d -> PatchValues.goEquals(v, d)))
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            }
            List<Object> both = new ArrayList<>(original);
            both.addAll(patch);
            merged = PatchValues.dedupe(both);
        } else {
            if (mergeKey.isEmpty()) {
                throw new PatchException("cannot merge lists without merge key for " + schema.name());
            }
            List<Object> orig = new ArrayList<>(original);
            List<Object> plain = new ArrayList<>();
            boolean replace = false;
            for (Object v : patch) {
                Map<String, Object> m = PatchValues.map(v);
                if (!m.containsKey(DIRECTIVE)) {
                    plain.add(v);
                    continue;
                }
                Object directive = m.get(DIRECTIVE);
                if ("delete".equals(directive)) {
                    Object key = PatchValues.mergeKeyValue(m, mergeKey);
                    for (int i = find(orig, mergeKey, key); i >= 0; i = find(orig, mergeKey, key)) {
                        orig.remove(i);
                        if (array != null) {
                            for (int k = i; k < orig.size(); k++) {
                                array.set(k, array.get(k + 1));
                            }
                        }
                    }
                } else if ("replace".equals(directive)) {
                    replace = true;
                } else if ("merge".equals(directive)) {
                    throw new PatchException("merging lists cannot yet be specified in the patch");
                } else {
                    throw new PatchException("unknown patch type: " + directive + " in map: " + m);
                }
            }
            List<Object> patchItems = plain;
            List<Object> inPlace = array;
            if (replace) {
                orig = plain;
                patchItems = new ArrayList<>();
                inPlace = null;
            }
            original = orig;
            merged = new ArrayList<>(orig);
            for (Object v : patchItems) {
                int at = find(merged, mergeKey, PatchValues.mergeKeyValue(v, mergeKey));
                Object value = at >= 0 ? mergeMap(PatchValues.map(merged.get(at)), PatchValues.map(v), schema, apply) : v;
                int slot = at >= 0 ? at : merged.size();
                if (at >= 0) {
                    merged.set(at, value);
                } else {
                    merged.add(value);
                }
                if (inPlace != null && slot < inPlace.size()) {
                    inPlace.set(slot, value);
                }
            }
            List<List<Object>> parts = partition(merged, patchItems, mergeKey);
            return normalizeElementOrder(parts.get(0), parts.get(1), patchItems, original, mergeKey, kind);
        }
        List<List<Object>> parts = partition(merged, patch, mergeKey);
        return normalizeElementOrder(parts.get(0), parts.get(1), patch, original, mergeKey, kind);
    }

    /** The index of the first map in {@code list} whose merge key has {@code key}, or -1. */
    private static int find(List<Object> list, String mergeKey, Object key) {
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = PatchValues.map(list.get(i));
            if (m.containsKey(mergeKey) && PatchValues.goEquals(m.get(mergeKey), key)) {
                return i;
            }
        }
        return -1;
    }

    /** The elements of {@code list} present in {@code by} (by merge key for maps), and the others. */
    private static List<List<Object>> partition(List<Object> list, List<Object> by, String mergeKey) {
        List<Object> in = new ArrayList<>();
        List<Object> out = new ArrayList<>();
        for (Object v : list) {
            boolean found;
            if (mergeKey.isEmpty()) {
                found = by.stream().anyMatch(x -> PatchValues.goEquals(x, v));
            } else {
                Object key = PatchValues.mergeKeyValue(v, mergeKey);
                found = by.stream().anyMatch(x -> x instanceof Map<?, ?> m && m.containsKey(mergeKey)
                        && PatchValues.goEquals(m.get(mergeKey), key));
            }
            (found ? in : out).add(v);
        }
        return List.of(in, out);
    }

    /** Sorts {@code toSort} by the positions in {@code order} (stable), delete directives last (a new list). */
    static List<Object> normalizeSliceOrder(List<Object> toSort, List<Object> order, String mergeKey, Type kind) {
        List<Object> keep = new ArrayList<>();
        List<Object> deletes = new ArrayList<>();
        if (kind == Type.MAP) {
            for (Object v : toSort) {
                PatchValues.mergeKeyValue(v, mergeKey);
            }
            for (Object v : order) {
                PatchValues.mergeKeyValue(v, mergeKey);
            }
            for (Object v : toSort) {
                (PatchValues.isDeleteDirective(v) ? deletes : keep).add(v);
            }
        } else {
            keep.addAll(toSort);
        }
        keep.sort(Comparator.comparingInt(v -> {
            int i = PatchValues.index(order, v, mergeKey, kind);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        keep.addAll(deletes);
        return keep;
    }

    /** Patch items in the patch's order, server-only items in the server's, interleaved by the server's order. */
    private static List<Object> normalizeElementOrder(List<Object> patch, List<Object> serverOnly,
            List<Object> patchOrder, List<Object> serverOrder, String mergeKey, Type kind) {
        List<Object> right = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
        List<Object> left = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
        List<Object> out = new ArrayList<>(left.size() + right.size());
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i >= left.size()) {
                out.add(right.get(j++));
            } else if (j >= right.size()) {
                out.add(left.get(i++));
            } else {
                int li = PatchValues.index(serverOrder, left.get(i), mergeKey, kind);
                int ri = PatchValues.index(serverOrder, right.get(j), mergeKey, kind);
                if (li >= 0 && ri >= 0 && li < ri) {
                    out.add(left.get(i++));
                } else {
                    out.add(right.get(j++));
                }
            }
        }
        return out;
    }

    private static boolean isDirective(Object v) {
        return v instanceof Map<?, ?> m && m.containsKey(DIRECTIVE);
    }

    /** The value without the maps (and list elements) that carry a {@code $patch} directive. */
    static Object removeDirectives(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            PatchValues.map(m).forEach((k, v) -> {
                if (!isDirective(v)) {
                    out.put(k, removeDirectives(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object v : l) {
                if (!isDirective(v)) {
                    out.add(removeDirectives(v));
                }
            }
            return out;
        }
        return value;
    }

    private static void discardNulls(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = PatchValues.map(m);
            map.values().removeIf(v -> v == null);
            map.values().forEach(PatchMerge::discardNulls);
        } else if (value instanceof List<?> l) {
            l.forEach(PatchMerge::discardNulls);
        }
    }

    private static String strip(String key, String prefix) {
        int slash = key.indexOf('/');
        if (slash < 0 || !key.substring(0, slash).equals(prefix)) {
            throw new PatchException(prefix.equals(SET_ORDER) ? "invalid patch format of setElementOrder list"
                    : "invalid patch format of primitive list");
        }
        return key.substring(slash + 1);
    }
}
