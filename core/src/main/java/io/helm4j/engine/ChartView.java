package io.helm4j.engine;

import io.helm4j.chart.Dependency;
import io.helm4j.chart.Maintainer;
import io.helm4j.chart.Metadata;
import io.helm4j.gotemplate.GoObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code .Chart}: the chart's metadata as Helm's {@code chart.Metadata} fields, plus {@code IsRoot}. */
final class ChartView implements GoObject {
    private final Metadata md;
    private final boolean isRoot;

    ChartView(Metadata md, boolean isRoot) {
        this.md = md;
        this.isRoot = isRoot;
    }

    @Override
    public String goTypeName() {
        return "struct { chart.Metadata; IsRoot bool }";
    }

    @Override
    public boolean hasField(String name) {
        return switch (name) {
            case "Name", "Home", "Sources", "Version", "Description", "Keywords", "Maintainers", "Icon",
                    "APIVersion", "Condition", "Tags", "AppVersion", "Deprecated", "Annotations", "KubeVersion",
                    "Dependencies", "Type", "IsRoot", "Metadata" -> true;
            default -> false;
        };
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Name" -> str(md.name());
            case "Home" -> str(md.home());
            case "Sources" -> list(md.sources());
            case "Version" -> str(md.version());
            case "Description" -> str(md.description());
            case "Keywords" -> list(md.keywords());
            case "Maintainers" -> maintainers();
            case "Icon" -> str(md.icon());
            case "APIVersion" -> str(md.apiVersion());
            case "Condition", "Tags" -> "";
            case "AppVersion" -> str(md.appVersion());
            case "Deprecated" -> md.deprecated();
            case "Annotations" -> md.annotations() == null ? new TreeMap<String, Object>()
                    : new TreeMap<String, Object>(md.annotations());
            case "KubeVersion" -> str(md.kubeVersion());
            case "Dependencies" -> dependencies();
            case "Type" -> str(md.type());
            case "IsRoot" -> isRoot;
            case "Metadata" -> new ChartView(md, isRoot);
            default -> null;
        };
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static List<Object> list(List<String> l) {
        return l == null ? new ArrayList<>() : new ArrayList<>(l);
    }

    private List<Object> maintainers() {
        List<Object> out = new ArrayList<>();
        if (md.maintainers() != null) {
            for (Maintainer m : md.maintainers()) {
                out.add(new Struct("*chart.Maintainer",
                        Map.of("Name", str(m.name()), "Email", str(m.email()), "URL", str(m.url())),
                        "&{" + str(m.name()) + " " + str(m.email()) + " " + str(m.url()) + "}"));
            }
        }
        return out;
    }

    private List<Object> dependencies() {
        List<Object> out = new ArrayList<>();
        if (md.dependencies() != null) {
            for (Dependency d : md.dependencies()) {
                Map<String, Object> f = new java.util.HashMap<>();
                f.put("Name", str(d.name()));
                f.put("Version", str(d.version()));
                f.put("Repository", str(d.repository()));
                f.put("Condition", str(d.condition()));
                f.put("Tags", d.tags() == null ? new ArrayList<>() : new ArrayList<Object>(d.tags()));
                f.put("Enabled", d.enabled() != null && d.enabled());
                f.put("ImportValues", d.importValues() == null ? new ArrayList<>() : new ArrayList<>(d.importValues()));
                f.put("Alias", str(d.alias()));
                out.add(new Struct("*chart.Dependency", f, null));
            }
        }
        return out;
    }

    @Override
    public String formatValue() {
        StringBuilder sb = new StringBuilder("{{");
        sb.append(str(md.name())).append(' ').append(str(md.home())).append(' ').append(fmtList(md.sources()))
                .append(' ').append(str(md.version())).append(' ').append(str(md.description())).append(' ')
                .append(fmtList(md.keywords())).append(' ').append(fmtMaintainers()).append(' ')
                .append(str(md.icon())).append(' ').append(str(md.apiVersion())).append("   ")
                .append(str(md.appVersion())).append(' ').append(md.deprecated()).append(' ')
                .append(fmtMap(md.annotations())).append(' ').append(str(md.kubeVersion())).append(' ')
                .append(md.dependencies() == null || md.dependencies().isEmpty() ? "[]"
                        : "[" + md.dependencies().size() + " deps]")
                .append(' ').append(str(md.type())).append("} ").append(isRoot).append('}');
        return sb.toString();
    }

    private static String fmtList(List<String> l) {
        return l == null ? "[]" : "[" + String.join(" ", l) + "]";
    }

    private String fmtMaintainers() {
        if (md.maintainers() == null || md.maintainers().isEmpty()) {
            return "[]";
        }
        List<String> parts = new ArrayList<>();
        md.maintainers().forEach(m -> parts.add("0xc000000000"));
        return "[" + String.join(" ", parts) + "]";
    }

    private static String fmtMap(Map<String, String> m) {
        if (m == null || m.isEmpty()) {
            return "map[]";
        }
        StringBuilder sb = new StringBuilder("map[");
        new TreeMap<>(m).forEach((k, v) -> sb.append(sb.length() > 4 ? " " : "").append(k).append(':').append(v));
        return sb.append(']').toString();
    }

    /** A small read-only Go struct. */
    record Struct(String goTypeName, Map<String, Object> fields, String formatValue) implements GoObject {
        @Override
        public boolean hasField(String name) {
            return fields.containsKey(name);
        }

        @Override
        public Object field(String name) {
            return fields.get(name);
        }
    }
}
