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
 * The diff half of a strategic merge patch ({@code diffMaps}): the patch from one object to another, with list
 * merges, deletion directives, {@code $setElementOrder} and {@code $retainKeys}, and options to keep only the
 * additions and changes or only the deletions.
 */
final class PatchDiff {
    /** What to compute: the element-order lists, changes and additions, deletions, a retainKeys list. */
    record Options(boolean setElementOrder, boolean ignoreChangesAndAdditions, boolean ignoreDeletions,
            boolean buildRetainKeys) {
        /** The changes from the live object to the wanted one, without deletions. */
        static Options delta() {
            return new Options(true, false, true, false);
        }

        /** Only the deletions from the last applied object to the wanted one. */
        static Options deletions() {
            return new Options(true, true, false, false);
        }

        Options retainKeys(boolean retain) {
            return new Options(setElementOrder, ignoreChangesAndAdditions, ignoreDeletions, retain);
        }
    }

    private PatchDiff() {
    }

    static Map<String, Object> diffMaps(Map<String, Object> original, Map<String, Object> modified,
            PatchSchema schema, Options o) {
        Map<String, Object> patch = new LinkedHashMap<>();
        List<Object> retainKeys = new ArrayList<>();
        for (Map.Entry<String, Object> e : modified.entrySet()) {
            String key = e.getKey();
            Object mod = e.getValue();
            if (o.buildRetainKeys() && mod != null) {
                retainKeys.add(key);
            }
            if (!original.containsKey(key)) {
                if (!o.ignoreChangesAndAdditions()) {
                    patch.put(key, mod);
                }
                continue;
            }
            Object orig = original.get(key);
            if (key.equals(DIRECTIVE)) {
                if (!(orig instanceof String) || !(mod instanceof String)) {
                    throw new PatchException("invalid value for special key: " + DIRECTIVE);
                }
                if (!orig.equals(mod)) {
                    patch.put(key, mod);
                }
                continue;
            }
            if (PatchValues.type(orig) != PatchValues.type(mod)) {
                if (!o.ignoreChangesAndAdditions()) {
                    patch.put(key, mod);
                }
                continue;
            }
            switch (PatchValues.type(orig)) {
                case MAP -> mapDiff(key, PatchValues.map(orig), PatchValues.map(mod), patch, schema, o);
                case LIST -> listDiff(key, PatchValues.list(orig), PatchValues.list(mod), patch, schema, o);
                default -> replaceIfNotEqual(key, orig, mod, patch, o);
            }
        }
        if (!o.ignoreDeletions()) {
            for (String key : original.keySet()) {
                if (!modified.containsKey(key)) {
                    patch.put(key, null);
                }
            }
        }
        if (!retainKeys.isEmpty() && (!patch.isEmpty() || hasAdditionalNewField(original, modified))) {
            patch.put(RETAIN_KEYS, PatchValues.sortScalars(retainKeys));
        }
        return patch;
    }

    private static void mapDiff(String key, Map<String, Object> orig, Map<String, Object> mod,
            Map<String, Object> patch, PatchSchema schema, Options o) {
        PatchSchema.Field field = lookup(schema, key, orig, mod);
        if (field == null) {
            return;
        }
        if (field.replace()) {
            if (!o.ignoreChangesAndAdditions()) {
                patch.put(key, mod);
            }
            return;
        }
        Map<String, Object> sub = diffMaps(orig, mod, field.type(), o.retainKeys(field.retainKeys()));
        if (!sub.isEmpty()) {
            patch.put(key, sub);
        }
    }

    private static void listDiff(String key, List<Object> orig, List<Object> mod, Map<String, Object> patch,
            PatchSchema schema, Options o) {
        PatchSchema.Field field = lookup(schema, key, orig, mod);
        if (field == null) {
            return;
        }
        if (!field.merge()) {
            replaceIfNotEqual(key, orig, mod, patch, o);
            return;
        }
        Lists lists = diffLists(orig, mod, field.type(), field.mergeKey(), o.retainKeys(field.retainKeys()));
        if (!lists.patch().isEmpty()) {
            patch.put(key, lists.patch());
        }
        if (!lists.deletions().isEmpty()) {
            patch.put(DELETE_PRIMITIVES + "/" + key, lists.deletions());
        }
        if (!lists.order().isEmpty()) {
            patch.put(SET_ORDER + "/" + key, lists.order());
        }
    }

    /**
     * Go's {@code handleMapDiff}/{@code handleSliceDiff} lookup: a field the struct does not have fails the diff, unless
     * both sides are the same (then null: no patch is needed for it).
     */
    private static PatchSchema.Field lookup(PatchSchema schema, String key, Object orig, Object mod) {
        try {
            return schema.lookup(key);
        } catch (PatchException e) {
            if (PatchValues.deepEqual(orig, mod)) {
                return null;
            }
            throw e;
        }
    }

    private static void replaceIfNotEqual(String key, Object orig, Object mod, Map<String, Object> patch, Options o) {
        if (!o.ignoreChangesAndAdditions() && !PatchValues.deepEqual(orig, mod)) {
            patch.put(key, mod);
        }
    }

    /** A merged list's patch: its changed and added elements, a parallel deletion list, the element order. */
    record Lists(List<Object> patch, List<Object> deletions, List<Object> order) {
        static final Lists NONE = new Lists(List.of(), List.of(), List.of());
    }

    private static Lists diffLists(List<Object> orig, List<Object> mod, PatchSchema schema, String mergeKey,
            Options o) {
        if (orig.isEmpty()) {
            return mod.isEmpty() || o.ignoreChangesAndAdditions() ? Lists.NONE : new Lists(mod, List.of(), List.of());
        }
        Type kind = PatchValues.elementType(orig, mod);
        if (kind == Type.MAP) {
            List<Object> deletions = new ArrayList<>();
            List<Object> changed = diffListsOfMaps(orig, mod, schema, mergeKey, o, deletions);
            List<Object> patch = PatchMerge.normalizeSliceOrder(changed, mod, mergeKey, kind);
            boolean orderSame = orderSame(orig, mod, mergeKey);
            patch.addAll(deletions);
            List<Object> order = List.of();
            if (o.setElementOrder() && ((!o.ignoreChangesAndAdditions() && (!patch.isEmpty() || !orderSame))
                    || (!o.ignoreDeletions() && !patch.isEmpty()))) {
                order = new ArrayList<>();
                for (Object m : mod) {
                    Map<String, Object> only = new LinkedHashMap<>();
                    only.put(mergeKey, PatchValues.map(m).get(mergeKey));
                    order.add(only);
                }
            }
            return new Lists(patch, List.of(), order);
        }
        // Go sorts the original list in place here, and then compares it, sorted, with the modified one.
        List<Object> sortedOrig = PatchValues.sortScalars(orig);
        List<Object> sortedMod = PatchValues.sortScalars(mod);
        List<Object> added = new ArrayList<>();
        List<Object> deleted = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < sortedOrig.size() || j < sortedMod.size()) {
            int cmp = i >= sortedOrig.size() ? 1 : j >= sortedMod.size() ? -1
                    : PatchValues.str(sortedOrig.get(i)).compareTo(PatchValues.str(sortedMod.get(j)));
            if (cmp == 0) {
                i++;
                j++;
            } else if (cmp > 0) {
                if (!o.ignoreChangesAndAdditions()) {
                    added.add(sortedMod.get(j));
                }
                j++;
            } else {
                if (!o.ignoreDeletions()) {
                    deleted.add(sortedOrig.get(i));
                }
                i++;
            }
        }
        deleted = PatchValues.dedupe(deleted);
        List<Object> patch = PatchMerge.normalizeSliceOrder(added, mod, mergeKey, kind);
        List<Object> order = List.of();
        if (o.setElementOrder() && ((!o.ignoreDeletions() && !deleted.isEmpty())
                || (!o.ignoreChangesAndAdditions() && !PatchValues.deepEqual(sortedOrig, mod)))) {
            order = mod;
        }
        return new Lists(patch, deleted, order);
    }

    private static boolean orderSame(List<Object> orig, List<Object> mod, String mergeKey) {
        if (orig.size() != mod.size()) {
            return false;
        }
        for (int i = 0; i < mod.size(); i++) {
            if (!PatchValues.goEquals(PatchValues.mergeKeyValue(orig.get(i), mergeKey),
                    PatchValues.mergeKeyValue(mod.get(i), mergeKey))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> diffListsOfMaps(List<Object> orig, List<Object> mod, PatchSchema schema,
            String mergeKey, Options o, List<Object> deletions) {
        List<Object> patch = new ArrayList<>();
        List<Object> a = sortedByKey(orig, mergeKey);
        List<Object> b = sortedByKey(mod, mergeKey);
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int cmp = i >= a.size() ? 1 : j >= b.size() ? -1
                    : PatchValues.str(PatchValues.mergeKeyValue(a.get(i), mergeKey))
                            .compareTo(PatchValues.str(PatchValues.mergeKeyValue(b.get(j), mergeKey)));
            if (cmp == 0) {
                Map<String, Object> sub = diffMaps(PatchValues.map(a.get(i)), PatchValues.map(b.get(j)), schema, o);
                if (!sub.isEmpty()) {
                    sub.put(mergeKey, PatchValues.map(b.get(j)).get(mergeKey));
                    patch.add(sub);
                }
                i++;
                j++;
            } else if (cmp > 0) {
                if (!o.ignoreChangesAndAdditions()) {
                    patch.add(b.get(j));
                }
                j++;
            } else {
                if (!o.ignoreDeletions()) {
                    Map<String, Object> delete = new LinkedHashMap<>();
                    delete.put(mergeKey, PatchValues.map(a.get(i)).get(mergeKey));
                    delete.put(DIRECTIVE, "delete");
                    deletions.add(delete);
                }
                i++;
            }
        }
        return patch;
    }

    private static List<Object> sortedByKey(List<Object> list, String mergeKey) {
        for (Object v : list) {
            PatchValues.mergeKeyValue(v, mergeKey);
        }
        List<Object> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(v -> PatchValues.str(PatchValues.map(v).get(mergeKey))));
        return out;
    }

    private static boolean hasAdditionalNewField(Map<String, Object> original, Map<String, Object> modified) {
        for (Map.Entry<String, Object> e : original.entrySet()) {
            if (e.getValue() != null && !modified.containsKey(e.getKey())) {
                return true;
            }
        }
        return false;
    }
}
