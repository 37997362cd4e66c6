package io.helm4j.diff;

import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A drift report as text for people ({@code table}), or as JSON or YAML for machines. */
public final class DriftFormat {
    private DriftFormat() {
    }

    public static String render(DriftReport r, String format) {
        return switch (format) {
            case "json" -> GoYaml.toJson(tree(r)) + "\n";
            case "yaml" -> GoYaml.toYaml(tree(r));
            default -> text(r);
        };
    }

    static String text(DriftReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("RELEASE: ").append(r.release()).append(" (namespace ").append(r.namespace()).append(", revision ")
                .append(r.revision()).append(")\n");
        for (ObjectDrift o : r.objects()) {
            String name = DriftDetector.name(o.ref()) + (o.ref().namespace().isEmpty() || o.ref().namespace().equals(
                    r.namespace()) ? "" : " in " + o.ref().namespace());
            switch (o.state()) {
                case DELETED -> sb.append(name).append(": deleted (the release lists it)\n");
                case ORPHANED -> sb.append(name).append(": orphaned (has the release's ownership metadata, "
                        + "not in its manifest)\n");
                case DRIFTED -> sb.append(name).append(": drifted\n");
                case IN_SYNC -> {
                    if (o.ignored().isEmpty()) {
                        continue;
                    }
                    sb.append(name).append(": in sync\n");
                }
            }
            for (FieldDrift f : o.fields()) {
                sb.append("  ").append(f.path()).append(": ").append(value(f.applied())).append(" -> ")
                        .append(value(f.live())).append(" (changed by ")
                        .append(f.changedBy().isEmpty() ? "unknown: no manager owns the field now"
                                : String.join(", ", f.changedBy()))
                        .append(")\n");
            }
            for (FieldDrift f : o.ignored()) {
                sb.append("  ignored ").append(f.path()).append(": ").append(f.ignoredBy()).append('\n');
            }
        }
        sb.append("Drift: ").append(r.count(DriftState.DRIFTED)).append(" drifted, ")
                .append(r.count(DriftState.DELETED)).append(" deleted, ").append(r.count(DriftState.ORPHANED))
                .append(" orphaned, ").append(r.count(DriftState.IN_SYNC)).append(" in sync.\n");
        return sb.toString();
    }

    private static String value(Object v) {
        return v == null ? "(absent)" : v instanceof String s && s.startsWith("(") ? s : GoYaml.toJson(v);
    }

    /** The report as a JSON-shaped tree (what {@code json} and {@code yaml} print). */
    public static Map<String, Object> tree(DriftReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", r.release());
        m.put("namespace", r.namespace());
        m.put("revision", (long) r.revision());
        m.put("drifted", r.drifted());
        List<Object> objects = new ArrayList<>();
        for (ObjectDrift o : r.objects()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("apiVersion", o.ref().gvk().apiVersion());
            om.put("kind", o.ref().gvk().kind());
            om.put("namespace", o.ref().namespace());
            om.put("name", o.ref().name());
            om.put("state", o.state().name());
            om.put("fields", fields(o.fields()));
            om.put("ignored", fields(o.ignored()));
            objects.add(om);
        }
        m.put("objects", objects);
        return m;
    }

    private static List<Object> fields(List<FieldDrift> fields) {
        List<Object> out = new ArrayList<>();
        for (FieldDrift f : fields) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("applied", f.applied());
            fm.put("live", f.live());
            fm.put("changedBy", new ArrayList<>(f.changedBy()));
            if (f.ignoredBy() != null) {
                fm.put("ignoredBy", f.ignoredBy());
            }
            out.add(fm);
        }
        return out;
    }
}
