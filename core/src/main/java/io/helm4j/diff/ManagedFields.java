package io.helm4j.diff;

import io.helm4j.kube.KubeJson;
import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who owns which field of an object: its {@code metadata.managedFields}, each entry's {@code fieldsV1} tree
 * ({@code f:spec}, {@code k:{"name":"web"}}, {@code v:"x"}, {@code i:0}) read into field paths in the form
 * {@link FieldPaths} writes them.
 */
final class ManagedFields {
    /** One manager's entry: the manager, its operation ({@code Apply}, {@code Update}), subresource, time and fields. */
    record Entry(String manager, String operation, String subresource, String time, Set<String> fields) {
        /** As a person reads it: {@code kubectl (Update, scale)}. */
        String who() {
            String extra = operation + (subresource.isEmpty() ? "" : ", " + subresource);
            return manager + " (" + extra + ")";
        }
    }

    private ManagedFields() {
    }

    static List<Entry> of(Resource r) {
        List<Entry> out = new ArrayList<>();
        if (!(r.metadata().get("managedFields") instanceof List<?> list)) {
            return out;
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                Set<String> fields = new LinkedHashSet<>();
                if (m.get("fieldsV1") instanceof Map<?, ?> f) {
                    walk("", f, fields);
                }
                out.add(new Entry(str(m.get("manager")), str(m.get("operation")), str(m.get("subresource")),
                        str(m.get("time")), fields));
            }
        }
        return out;
    }

    private static void walk(String path, Map<?, ?> node, Set<String> out) {
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String k = String.valueOf(e.getKey());
            String seg;
            if (k.equals(".")) {
                out.add(path.isEmpty() ? "." : path);
                continue;
            } else if (k.startsWith("f:")) {
                seg = "." + k.substring(2);
            } else if (k.startsWith("k:")) {
                seg = keySegment(k.substring(2));
            } else if (k.startsWith("v:")) {
                seg = "[=" + k.substring(2) + "]";
            } else if (k.startsWith("i:")) {
                seg = "[" + k.substring(2) + "]";
            } else {
                continue;
            }
            String p = path + seg;
            if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                walk(p, child, out);
            } else {
                out.add(p);
            }
        }
    }

    /** {@code {"containerPort":80,"protocol":"TCP"}} as {@code [containerPort=80,protocol="TCP"]}. */
    static String keySegment(String json) {
        try {
            Map<String, Object> m = KubeJson.parseObject(json);
            StringBuilder sb = new StringBuilder("[");
            m.forEach((k, v) -> {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(k).append('=').append(FieldPaths.scalar(v));
            });
            return sb.append(']').toString();
        } catch (RuntimeException e) {
            return "[" + json + "]";
        }
    }

    /**
     * The entries (other than {@code except}) that own {@code path}; when none does, those owning a field below
     * it; when none does, those owning a field above it (a map or list set as a whole).
     */
    static List<Entry> owners(List<Entry> entries, String path, String except) {
        for (int tier = 0; tier < 3; tier++) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) {
                if (e.manager().equals(except)) {
                    continue;
                }
                for (String f : e.fields()) {
                    boolean hit = switch (tier) {
                        case 0 -> f.equals(path);
                        case 1 -> below(f, path);
                        default -> below(path, f) && !f.equals(".");
                    };
                    if (hit) {
                        out.add(e);
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private static boolean below(String child, String parent) {
        return child.length() > parent.length() && child.startsWith(parent)
                && (child.charAt(parent.length()) == '.' || child.charAt(parent.length()) == '[');
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
