package io.helm4j.diff;

import io.helm4j.internal.json.JsonEquality;
import io.helm4j.kube.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a server-side apply of an object under the field manager {@code helm} is certain to change nothing,
 * so the change set can leave it out without asking the server. Server-side apply sets the fields of the
 * applied configuration and removes the fields the manager owned that the configuration no longer lists; so it
 * changes nothing when (1) the manager's one {@code Apply} entry in {@code managedFields} owns exactly the
 * configuration's fields, and (2) every one of those fields already has the configuration's value live. Checked
 * conservatively: a list is compared as a whole (a list the server keeps by key, such as containers, has
 * key entries in {@code managedFields} and so never matches), a {@code null} in the configuration never matches,
 * numbers compare by exact value ({@link JsonEquality}) and nothing else is converted (a quantity written otherwise, {@code stringData}: not
 * certain, so the server is asked). What this cannot see: a mutating admission webhook that changes an object
 * on every write, even a write that changes nothing.
 */
final class NoOpApply {
    private static final String MANAGER = "helm";

    private NoOpApply() {
    }

    static boolean certain(Resource config, Resource live) {
        List<ManagedFields.Entry> helm = ManagedFields.of(live).stream().filter(e -> e.manager().equals(MANAGER)).toList();
        if (helm.size() != 1 || !helm.get(0).operation().equals("Apply") || !helm.get(0).subresource().isEmpty()) {
            return false;
        }
        Set<String> fields = new HashSet<>();
        Map<String, Object> live0 = live.object();
        for (Map.Entry<String, Object> e : config.object().entrySet()) {
            String k = e.getKey();
            if (k.equals("apiVersion") || k.equals("kind")) {
                continue;
            }
            if (k.equals("metadata")) {
                if (!(e.getValue() instanceof Map<?, ?> meta)) {
                    return false;
                }
                for (Map.Entry<?, ?> m : meta.entrySet()) {
                    String mk = String.valueOf(m.getKey());
                    if (mk.equals("name") || mk.equals("namespace")) {
                        continue;
                    }
                    if (!walk(".metadata." + mk, m.getValue(), live.metadata().get(mk), live.metadata().containsKey(mk),
                            fields)) {
                        return false;
                    }
                }
                continue;
            }
            if (!walk("." + k, e.getValue(), live0.get(k), live0.containsKey(k), fields)) {
                return false;
            }
        }
        return fields.equals(helm.get(0).fields());
    }

    /** Adds the leaf paths of {@code config} at {@code path}; false when a value is not certainly the live one. */
    private static boolean walk(String path, Object config, Object live, boolean present, Set<String> fields) {
        if (config == null || !present) {
            return false;
        }
        if (config instanceof Map<?, ?> m && !m.isEmpty()) {
            if (!(live instanceof Map<?, ?> lm)) {
                return false;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (!walk(path + "." + k, e.getValue(), lm.get(k), lm.containsKey(k), fields)) {
                    return false;
                }
            }
            return true;
        }
        fields.add(path);
        return JsonEquality.same(config, live);
    }
}
