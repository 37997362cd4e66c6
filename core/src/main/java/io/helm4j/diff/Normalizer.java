package io.helm4j.diff;

import io.helm4j.kube.Resource;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object as it is compared: without what the server keeps for itself ({@code managedFields},
 * {@code resourceVersion}, {@code generation}, {@code uid}, {@code creationTimestamp}, {@code selfLink},
 * {@code status}), and a Secret's {@code stringData} folded into {@code data} as the server folds it
 * (and its {@code last-applied-configuration}, which holds the values, dropped).
 */
final class Normalizer {
    static final List<String> SERVER_METADATA = List.of("managedFields", "resourceVersion", "generation", "uid",
            "creationTimestamp", "selfLink");
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private Normalizer() {
    }

    static Map<String, Object> normalize(Resource r) {
        return r == null ? null : normalizeOwned(r.mutableCopy(), isSecret(r));
    }

    /** As {@link #normalize(Resource)}, of a mutable object of the caller's own (changed in place, and returned). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> normalizeOwned(Map<String, Object> o, boolean secret) {
        o.remove("status");
        if (o.get("metadata") instanceof Map<?, ?> m) {
            Map<String, Object> meta = (Map<String, Object>) m;
            SERVER_METADATA.forEach(meta::remove);
            if (secret && meta.get("annotations") instanceof Map<?, ?> a) {
                a.remove(LAST_APPLIED);
                if (a.isEmpty()) {
                    meta.remove("annotations");
                }
            }
        }
        if (secret && o.get("stringData") instanceof Map<?, ?> sd) {
            Map<String, Object> data = o.get("data") instanceof Map<?, ?> d
                    ? (Map<String, Object>) d : new LinkedHashMap<>();
            sd.forEach((k, v) -> data.put(String.valueOf(k),
                    Base64.getEncoder().encodeToString(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            o.remove("stringData");
            o.put("data", data);
        }
        return o;
    }

    static boolean isSecret(Resource r) {
        return r.kind().equals("Secret") && r.gvk().group().isEmpty();
    }
}
