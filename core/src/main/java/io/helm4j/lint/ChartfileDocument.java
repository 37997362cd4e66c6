package io.helm4j.lint;

import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chart.yaml as Helm's {@code chartutil.LoadChartfile} reads it for linting: decoded without
 * validation, so every rule can report on it. Also keeps the raw map for the type checks
 * ({@code version should be of type string}).
 */
record ChartfileDocument(Map<String, Object> raw, String name, String apiVersion, String version, String icon,
        String type, List<String> sources, List<Maintainer> maintainers, int dependencyCount) {

    /** A maintainer entry; null in the list for an empty entry. */
    record Maintainer(String name, String email, String url) {
    }

    /** Parses Chart.yaml text; throws with Helm's message when it is not valid YAML or of the wrong shape. */
    static ChartfileDocument parse(String text) {
        Object doc = GoYaml.load(text);
        if (doc != null && !(doc instanceof Map<?, ?>)) {
            throw fail("cannot unmarshal " + GoYaml.jsonKind(doc) + " into Go value of type chart.Metadata");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = doc == null ? Map.of() : (Map<String, Object>) doc;
        Map<String, Object> fields = new TreeMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            fields.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        for (String f : List.of("home", "description", "condition", "tags", "appversion", "kubeversion")) {
            string(fields, f);
        }
        strings(fields, "keywords");
        int deps = list(fields, "dependencies").size();
        return new ChartfileDocument(raw, string(fields, "name"), string(fields, "apiversion"),
                string(fields, "version"), string(fields, "icon"), string(fields, "type"), strings(fields, "sources"),
                maintainers(fields), deps);
    }

    private static String string(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw fail("cannot unmarshal " + GoYaml.jsonKind(v) + " into Go struct field Metadata." + goName(key)
                    + " of type string");
        }
        return scalar(v);
    }

    private static List<?> list(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw fail("cannot unmarshal " + GoYaml.jsonKind(v) + " into Go struct field Metadata." + goName(key)
                    + " of type " + (key.equals("maintainers") ? "[]*chart.Maintainer"
                            : key.equals("dependencies") ? "[]*chart.Dependency" : "[]string"));
        }
        return l;
    }

    private static List<String> strings(Map<String, Object> fields, String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(fields, key)) {
            if (o instanceof Map<?, ?> || o instanceof List<?>) {
                throw fail("cannot unmarshal " + GoYaml.jsonKind(o) + " into Go struct field Metadata." + goName(key)
                        + " of type string");
            }
            out.add(o == null ? "" : scalar(o));
        }
        return out;
    }

    private static List<Maintainer> maintainers(Map<String, Object> fields) {
        List<Maintainer> out = new ArrayList<>();
        for (Object o : list(fields, "maintainers")) {
            if (o == null) {
                out.add(null);
                continue;
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw fail("cannot unmarshal " + GoYaml.jsonKind(o)
                        + " into Go struct field Metadata.maintainers of type chart.Maintainer");
            }
            Map<String, Object> mf = new TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                mf.putIfAbsent(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT), e.getValue());
            }
            out.add(new Maintainer(string(mf, "name"), string(mf, "email"), string(mf, "url")));
        }
        return out;
    }

    private static String goName(String key) {
        return switch (key) {
            case "apiversion" -> "apiVersion";
            case "appversion" -> "appVersion";
            case "kubeversion" -> "kubeVersion";
            default -> key;
        };
    }

    static String scalar(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e21) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    /** Go's {@code %T} of a value decoded into {@code interface{}} from JSON. */
    static String goType(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case String s -> "string";
            case Boolean b -> "bool";
            case Number n -> "float64";
            case List<?> l -> "[]interface {}";
            default -> "map[string]interface {}";
        };
    }

    private static IllegalArgumentException fail(String jsonError) {
        return new IllegalArgumentException("error unmarshaling JSON: while decoding JSON: json: " + jsonError);
    }
}
