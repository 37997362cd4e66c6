package io.helm4j.diff;

import io.helm4j.internal.json.JsonEquality;
import io.helm4j.kube.Resource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a server-side apply of an object under the field manager {@code helm} leaves, when that is certain without
 * asking the server, so the change set need not send it. Server-side apply sets the fields of the applied
 * configuration and removes the fields the manager owned that the configuration no longer lists. So:
 * <ul>
 * <li><b>Nothing changes</b> ({@link #certain}) when (1) the manager's one {@code Apply} entry in
 *     {@code managedFields} owns exactly the configuration's fields, and (2) every one of those fields already has
 *     the configuration's value live.</li>
 * <li><b>Only values change</b> ({@link #predict} with {@code admissionFree}): as (1), and each field whose value
 *     differs is one whose new value the API server stores as it is given, whatever else the object holds: a
 *     ConfigMap's {@code data}/{@code binaryData} entry, a Secret's {@code data} or {@code stringData} entry (stored
 *     in {@code data}, base64), a label or annotation of a ConfigMap, Secret or Service; owned by no other
 *     manager (else the apply conflicts); in an object that is not {@code immutable}; with the API server's own
 *     validation made here (label values, base64, the 1 MiB and 256 KiB totals), anything it would refuse left to
 *     it. Nothing else on these kinds defaults or mutates on such a change, but admission can: only when the cluster
 *     has no admission webhook or policy at all ({@code admissionFree}, which the caller checks) is this used.</li>
 * </ul>
 * Checked conservatively: a list is compared as a whole (a list the server keeps by key, such as containers, has
 * key entries in {@code managedFields} and so never matches), but for two fields of every Service whose shape is
 * known here, {@code spec.ports} (a list kept by port and protocol) and {@code spec.selector} (an atomic map),
 * which must then stay exactly as they are; a {@code null} in the configuration never matches, numbers compare by
 * exact value ({@link JsonEquality}). What a no-op cannot see: a mutating admission webhook
 * that changes an object on every write, even a write that changes nothing.
 */
final class ApplyPrediction {
    private static final String MANAGER = "helm";
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final int MAX_DATA = 1024 * 1024;
    private static final int MAX_ANNOTATIONS = 256 * 1024;

    private ApplyPrediction() {
    }

    /** Whether applying {@code config} is certain to change nothing of {@code live}. */
    static boolean certain(Resource config, Resource live) {
        return predict(config, live, false).isPresent();
    }

    /**
     * The object applying {@code config} leaves (a copy of {@code live} with the new values set), or empty when only
     * the server can tell; with {@code admissionFree} false, only a no-op is predicted (the live object itself).
     */
    static Optional<Map<String, Object>> predict(Resource config, Resource live, boolean admissionFree) {
        List<ManagedFields.Entry> entries = ManagedFields.of(live);
        List<ManagedFields.Entry> helm = entries.stream().filter(e -> e.manager().equals(MANAGER)).toList();
        if (helm.size() != 1 || !helm.get(0).operation().equals("Apply") || !helm.get(0).subresource().isEmpty()) {
            return Optional.empty();
        }
        Walk w = new Walk(config, live, admissionFree);
        for (Map.Entry<String, Object> e : config.object().entrySet()) {
            String k = e.getKey();
            if (k.equals("apiVersion") || k.equals("kind")) {
                continue;
            }
            if (k.equals("metadata")) {
                if (!(e.getValue() instanceof Map<?, ?> meta)) {
                    return Optional.empty();
                }
                for (Map.Entry<?, ?> m : meta.entrySet()) {
                    String mk = String.valueOf(m.getKey());
                    if (mk.equals("name") || mk.equals("namespace")) {
                        continue;
                    }
                    if (!w.walk(List.of("metadata", mk), m.getValue(), live.metadata().get(mk),
                            live.metadata().containsKey(mk))) {
                        return Optional.empty();
                    }
                }
                continue;
            }
            if (!w.walk(List.of(k), e.getValue(), live.object().get(k), live.object().containsKey(k))) {
                return Optional.empty();
            }
        }
        if (!w.fields.equals(helm.get(0).fields())) {
            return Optional.empty();
        }
        if (w.changes.isEmpty()) {
            return Optional.of(live.object());
        }
        for (ManagedFields.Entry other : entries) {
            if (other != helm.get(0) && w.changes.stream().anyMatch(c -> other.fields().contains(c.owned()))) {
                return Optional.empty(); // applying a new value to a field another manager shares: a conflict
            }
        }
        if (Boolean.TRUE.equals(live.object().get("immutable"))) {
            return Optional.empty();
        }
        Map<String, Object> out = live.mutableCopy();
        for (Change c : w.changes) {
            set(out, c.stored(), c.value());
        }
        return withinLimits(out) ? Optional.of(out) : Optional.empty();
    }

    /** A value to store: where the server keeps it, the field path helm owns it by, and the value. */
    private record Change(List<String> stored, String owned, Object value) {
    }

    /** The configuration's leaves against the live object: the fields helm will own, and the values that change. */
    private static final class Walk {
        final Set<String> fields = new HashSet<>();
        final List<Change> changes = new ArrayList<>();
        private final String kind;
        private final Resource live;
        private final boolean admissionFree;

        Walk(Resource config, Resource live, boolean admissionFree) {
            this.kind = config.gvk().group().isEmpty() ? config.kind() : "";
            this.live = live;
            this.admissionFree = admissionFree;
        }

        boolean walk(List<String> path, Object config, Object live, boolean present) {
            if (config == null) {
                return false;
            }
            if (kind.equals("Service") && path.size() == 2 && path.get(0).equals("spec")) {
                if (path.get(1).equals("selector")) { // an atomic map: owned as a whole, kept only if the same
                    fields.add(".spec.selector");
                    return present && config instanceof Map<?, ?> && JsonEquality.same(config, live);
                }
                if (path.get(1).equals("ports")) {
                    return servicePorts(config, live);
                }
            }
            if (config instanceof Map<?, ?> m && !m.isEmpty()) {
                if (!present && !isStringData(path)) {
                    return false;
                }
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = String.valueOf(e.getKey());
                    Object l = live instanceof Map<?, ?> lm ? lm.get(k) : null;
                    if (!walk(append(path, k), e.getValue(), l, live instanceof Map<?, ?> lm && lm.containsKey(k))) {
                        return false;
                    }
                }
                return true;
            }
            String dotted = "." + String.join(".", path);
            fields.add(dotted);
            if (path.size() == 2 && path.get(0).equals("stringData") && kind.equals("Secret")) {
                return stringData(path.get(1), config, dotted);
            }
            if (present && JsonEquality.same(config, live)) {
                return true;
            }
            if (!present || !admissionFree || !(config instanceof String s) || !valueOnly(path, s)) {
                return false;
            }
            changes.add(new Change(path, dotted, s));
            return true;
        }

        /**
         * A Service's {@code spec.ports}, a list the server keeps by {@code port} and {@code protocol} (which defaults
         * to {@code TCP}): certain to stay only when the live list has the configuration's entries, in its order, each
         * of the configuration's scalar fields with the live value (a change there is left to the server); owned as
         * {@code managedFields} names them, each entry by its key and each field below it.
         */
        private boolean servicePorts(Object config, Object live) {
            if (!(config instanceof List<?> c) || !(live instanceof List<?> l) || c.size() != l.size()) {
                return false;
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < c.size(); i++) {
                if (!(c.get(i) instanceof Map<?, ?> cp) || !(l.get(i) instanceof Map<?, ?> lp)
                        || !(cp.get("port") instanceof Number port)) {
                    return false;
                }
                Object protocol = cp.containsKey("protocol") ? cp.get("protocol") : "TCP";
                if (!(protocol instanceof String) || !JsonEquality.same(port, lp.get("port"))
                        || !protocol.equals(lp.get("protocol"))) {
                    return false;
                }
                String entry = ".spec.ports" + ManagedFields.keySegment("{\"port\":" + FieldPaths.scalar(port)
                        + ",\"protocol\":" + FieldPaths.scalar(protocol) + "}");
                if (!keys.add(entry)) {
                    return false;
                }
                fields.add(entry);
                for (Map.Entry<?, ?> f : cp.entrySet()) {
                    Object v = f.getValue();
                    if (v == null || v instanceof Map || v instanceof List
                            || !lp.containsKey(f.getKey()) || !JsonEquality.same(v, lp.get(f.getKey()))) {
                        return false;
                    }
                    fields.add(entry + "." + f.getKey());
                }
            }
            return true;
        }

        /** A Secret's {@code stringData} entry: stored base64 in {@code data}, which must hold the key already. */
        private boolean stringData(String key, Object config, String dotted) {
            if (!(config instanceof String s) || !(this.live.object().get("data") instanceof Map<?, ?> data)
                    || !data.containsKey(key)) {
                return false;
            }
            String encoded = Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
            if (encoded.equals(data.get(key))) {
                return true;
            }
            if (!admissionFree) {
                return false;
            }
            changes.add(new Change(List.of("data", key), dotted, encoded));
            return true;
        }

        private boolean isStringData(List<String> path) {
            return path.size() == 1 && path.get(0).equals("stringData") && kind.equals("Secret");
        }

        /** Whether the server stores a new value at {@code path} as it is given (and would accept {@code v}). */
        private boolean valueOnly(List<String> path, String v) {
            boolean meta = path.size() == 3 && path.get(0).equals("metadata");
            if (meta && path.get(1).equals("labels")) {
                return isKind("ConfigMap", "Secret", "Service") && v.length() <= 63 && LABEL_VALUE.matcher(v).matches();
            }
            if (meta && path.get(1).equals("annotations")) {
                return isKind("ConfigMap", "Secret", "Service");
            }
            if (path.size() != 2) {
                return false;
            }
            return switch (path.get(0)) {
                case "data" -> kind.equals("ConfigMap") || kind.equals("Secret") && base64(v);
                case "binaryData" -> kind.equals("ConfigMap") && base64(v);
                default -> false;
            };
        }

        private boolean isKind(String... kinds) {
            return List.of(kinds).contains(kind);
        }
    }

    /** Go's {@code base64.StdEncoding}, as the server decodes a {@code []byte}: padded, so a length of 4n. */
    private static boolean base64(String v) {
        if (v.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The API server's totals: a ConfigMap's or Secret's data within 1 MiB, the annotations within 256 KiB. */
    private static boolean withinLimits(Map<String, Object> out) {
        long data = size(out.get("data")) + size(out.get("binaryData"));
        long annotations = out.get("metadata") instanceof Map<?, ?> m ? size(m.get("annotations")) : 0;
        return data <= MAX_DATA && annotations <= MAX_ANNOTATIONS;
    }

    private static long size(Object m) {
        long n = 0;
        if (m instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                n += String.valueOf(e.getKey()).getBytes(StandardCharsets.UTF_8).length
                        + String.valueOf(e.getValue()).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> root, List<String> path, Object value) {
        Map<String, Object> m = root;
        for (int i = 0; i < path.size() - 1; i++) {
            m = (Map<String, Object>) m.get(path.get(i));
        }
        m.put(path.get(path.size() - 1), value);
    }

    private static List<String> append(List<String> path, String k) {
        List<String> out = new ArrayList<>(path);
        out.add(k);
        return out;
    }
}
