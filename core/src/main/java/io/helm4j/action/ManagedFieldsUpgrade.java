package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.KubeJson;
import io.helm4j.kube.PatchType;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's {@code upgradeClientSideFieldManager} (client-go's {@code csaupgrade}): when a release moves from
 * client-side to server-side apply, the fields the manager {@code helm} owns by {@code Update} (client-side
 * writes) are handed to its {@code Apply} entry, so the server-side apply that follows owns them and can
 * remove those the chart dropped, instead of conflicting with its own old writes. One JSON patch of
 * {@code metadata.managedFields}, guarded by the resource version, retried on a conflict.
 */
final class ManagedFieldsUpgrade {
    private static final String MANAGER = "helm";

    private ManagedFieldsUpgrade() {
    }

    /** Hands the object's client-side fields of {@code helm} over; false when there were none. */
    static boolean run(KubeClient kube, Resource live, boolean dryRun) {
        Resource current = live;
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Object> upgraded = upgraded(current.metadata().get("managedFields"));
            if (upgraded == null) {
                return false;
            }
            String patch = KubeJson.write(List.of(
                    Map.of("op", "replace", "path", "/metadata/managedFields", "value", upgraded),
                    Map.of("op", "replace", "path", "/metadata/resourceVersion", "value", current.resourceVersion())));
            try {
                kube.patch(current.ref(), PatchType.JSON, patch, WriteOptions.helm().withDryRun(dryRun));
                return true;
            } catch (KubeConflictException e) {
                Optional<Resource> again = kube.get(current.ref());
                if (again.isEmpty()) {
                    return false;
                }
                current = again.get();
            }
        }
        throw new Helm4jException("failed to patch object to upgrade CSA field manager " + ObjectUpdater.describe(live)
                + ": the object kept changing");
    }

    /** The managed fields with {@code helm}'s Update entry merged into its Apply entry, or null when it has none. */
    @SuppressWarnings("unchecked")
    static List<Object> upgraded(Object managedFields) {
        if (!(managedFields instanceof List<?> entries)) {
            return null;
        }
        List<Object> out = new ArrayList<>(entries);
        int csa = find(out, "Update");
        if (csa < 0) {
            return null;
        }
        Map<String, Object> update = (Map<String, Object>) out.get(csa);
        int ssa = find(out, "Apply");
        if (ssa < 0) {
            Map<String, Object> converted = new LinkedHashMap<>(update);
            converted.put("operation", "Apply");
            out.set(csa, converted);
            return out;
        }
        Map<String, Object> apply = new LinkedHashMap<>((Map<String, Object>) out.get(ssa));
        apply.put("fieldsV1", union(apply.get("fieldsV1"), update.get("fieldsV1")));
        out.set(ssa, apply);
        out.remove(csa);
        return out;
    }

    private static int find(List<Object> entries, String operation) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> e && MANAGER.equals(e.get("manager"))
                    && operation.equals(e.get("operation"))
                    && (e.get("subresource") == null || "".equals(e.get("subresource")))) {
                return i;
            }
        }
        return -1;
    }

    /** The union of two field sets in their {@code FieldsV1} form (a trie of maps). */
    @SuppressWarnings("unchecked")
    static Object union(Object a, Object b) {
        if (!(a instanceof Map<?, ?> am)) {
            return b == null ? a : b;
        }
        if (!(b instanceof Map<?, ?> bm)) {
            return a;
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) am);
        ((Map<String, Object>) bm).forEach((k, v) -> out.put(k, out.containsKey(k) ? union(out.get(k), v) : v));
        return out;
    }
}
