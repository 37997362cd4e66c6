package io.helm4j.chart;

import io.helm4j.chart.MetadataBuilder.DependencyBuilder;
import io.helm4j.chart.MetadataBuilder.MaintainerBuilder;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes a parsed Chart.yaml (or requirements.yaml) document into a {@link MetadataBuilder} the way
 * {@code sigs.k8s.io/yaml} does into Helm's struct: keys matched case-insensitively in sorted
 * order, unknown keys ignored, scalars turned into strings where a string is wanted, null leaving a
 * field alone, and the first type mismatch reported with Go's {@code encoding/json} message.
 */
final class MetadataDecoder {
    private static final String PKG = "chart.";

    private String firstError;

    private MetadataDecoder() {
    }

    /** Decodes {@code doc} into {@code target}; returns Go's json error message, or null. */
    static String decodeInto(MetadataBuilder target, Object doc) {
        MetadataDecoder d = new MetadataDecoder();
        d.metadata(target, doc);
        return d.firstError;
    }

    /** Decodes a Chart.lock document; returns {generated, digest, dependencies, error}. */
    static Object[] decodeLock(Object doc) {
        MetadataDecoder d = new MetadataDecoder();
        String generated = "";
        String digest = "";
        List<DependencyBuilder> deps = null;
        if (doc != null && !(doc instanceof Map<?, ?>)) {
            d.firstError = "json: cannot unmarshal " + GoYaml.jsonKind(doc) + " into Go value of type " + PKG + "Lock";
        } else if (doc != null) {
            for (Map.Entry<String, Object> e : sorted((Map<?, ?>) doc).entrySet()) {
                Object v = e.getValue();
                switch (e.getKey().toLowerCase(java.util.Locale.ROOT)) {
                    case "generated" -> generated = d.string(v, generated, new Field("Lock", "generated"));
                    case "digest" -> digest = d.string(v, digest, new Field("Lock", "digest"));
                    case "dependencies" -> deps = d.dependencies(v, deps, "Lock");
                    default -> {
                    }
                }
            }
        }
        return new Object[] {generated, digest, deps, d.firstError};
    }

    private void metadata(MetadataBuilder b, Object doc) {
        if (doc == null) {
            return;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            firstError = "json: cannot unmarshal " + GoYaml.jsonKind(doc) + " into Go value of type " + PKG
                    + "Metadata";
            return;
        }
        for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
            Object v = e.getValue();
            String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
            Field f = new Field("Metadata", key);
            switch (key) {
                case "name" -> b.name = string(v, b.name, f.named("name"));
                case "home" -> b.home = string(v, b.home, f.named("home"));
                case "sources" -> b.sources = strings(v, b.sources, f.named("sources"));
                case "version" -> b.version = string(v, b.version, f.named("version"));
                case "description" -> b.description = string(v, b.description, f.named("description"));
                case "keywords" -> b.keywords = strings(v, b.keywords, f.named("keywords"));
                case "maintainers" -> b.maintainers = maintainers(v, b.maintainers);
                case "icon" -> b.icon = string(v, b.icon, f.named("icon"));
                case "apiversion" -> b.apiVersion = string(v, b.apiVersion, f.named("apiVersion"));
                case "condition" -> b.condition = string(v, b.condition, f.named("condition"));
                case "tags" -> b.tags = string(v, b.tags, f.named("tags"));
                case "appversion" -> b.appVersion = string(v, b.appVersion, f.named("appVersion"));
                case "deprecated" -> b.deprecated = bool(v, b.deprecated, f.named("deprecated"));
                case "annotations" -> b.annotations = stringMap(v, b.annotations, f.named("annotations"));
                case "kubeversion" -> b.kubeVersion = string(v, b.kubeVersion, f.named("kubeVersion"));
                case "dependencies" -> b.dependencies = dependencies(v, b.dependencies, "Metadata");
                case "type" -> b.type = string(v, b.type, f.named("type"));
                default -> {
                    // unknown fields are ignored, as encoding/json does
                }
            }
        }
    }

    private List<MaintainerBuilder> maintainers(Object v, List<MaintainerBuilder> current) {
        Field f = new Field("Metadata", "maintainers");
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            fail(v, f, "[]*" + PKG + "Maintainer");
            return current;
        }
        List<MaintainerBuilder> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null) {
                out.add(null);
            } else if (item instanceof Map<?, ?> m) {
                out.add(maintainer(m));
            } else {
                fail(item, f, PKG + "Maintainer");
                out.add(new MaintainerBuilder());
            }
        }
        return out;
    }

    private MaintainerBuilder maintainer(Map<?, ?> map) {
        MaintainerBuilder m = new MaintainerBuilder();
        for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
            Object v = e.getValue();
            switch (e.getKey().toLowerCase(java.util.Locale.ROOT)) {
                case "name" -> m.name = string(v, m.name, new Field("Maintainer", "maintainers.name"));
                case "email" -> m.email = string(v, m.email, new Field("Maintainer", "maintainers.email"));
                case "url" -> m.url = string(v, m.url, new Field("Maintainer", "maintainers.url"));
                default -> {
                }
            }
        }
        return m;
    }

    private List<DependencyBuilder> dependencies(Object v, List<DependencyBuilder> current, String owner) {
        Field f = new Field(owner, "dependencies");
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            fail(v, f, "[]*" + PKG + "Dependency");
            return current;
        }
        List<DependencyBuilder> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null) {
                out.add(null);
            } else if (item instanceof Map<?, ?> m) {
                out.add(dependency(m));
            } else {
                fail(item, f, PKG + "Dependency");
                out.add(new DependencyBuilder());
            }
        }
        return out;
    }

    private DependencyBuilder dependency(Map<?, ?> map) {
        DependencyBuilder d = new DependencyBuilder();
        for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
            Object v = e.getValue();
            String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
            Field f = new Field("Dependency", "dependencies." + key);
            switch (key) {
                case "name" -> d.name = string(v, d.name, f);
                case "version" -> d.version = string(v, d.version, f);
                case "repository" -> d.repository = string(v, d.repository, f);
                case "condition" -> d.condition = string(v, d.condition, f);
                case "tags" -> d.tags = strings(v, d.tags, f);
                case "enabled" -> d.enabled = bool(v, d.enabled, f);
                case "import-values" -> d.importValues = objects(v, d.importValues, f);
                case "alias" -> d.alias = string(v, d.alias, f);
                default -> {
                }
            }
        }
        return d;
    }

    private String string(Object v, String current, Field f) {
        if (v == null) {
            return current;
        }
        String s = GoScalars.asString(v);
        if (s == null) {
            fail(v, f, "string");
            return current;
        }
        return s;
    }

    private boolean bool(Object v, boolean current, Field f) {
        if (v == null) {
            return current;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        fail(v, f, "bool");
        return current;
    }

    private List<String> strings(Object v, List<String> current, Field f) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            fail(v, f, "[]string");
            return current;
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            out.add(item == null ? "" : string(item, "", f));
        }
        return out;
    }

    private Map<String, String> stringMap(Object v, Map<String, String> current, Field f) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> map)) {
            fail(v, f, "map[string]string");
            return current;
        }
        Map<String, String> out = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
        for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
            Object item = e.getValue();
            out.put(e.getKey(), item == null ? "" : string(item, "", f));
        }
        return out;
    }

    private List<Object> objects(Object v, List<Object> current, Field f) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            fail(v, f, "[]interface {}");
            return current;
        }
        return new ArrayList<>(list);
    }

    private void fail(Object v, Field f, String goType) {
        if (firstError == null) {
            firstError = "json: cannot unmarshal " + GoYaml.jsonKind(v) + " into Go struct field " + f.struct + "."
                    + f.path + " of type " + goType;
        }
    }

    /** A YAML mapping as sigs.k8s.io/yaml hands it to encoding/json: string keys, sorted. */
    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(GoScalars.keyString(k), v));
        return out;
    }

    private record Field(String struct, String path) {
        Field named(String jsonName) {
            return new Field(struct, jsonName);
        }
    }
}
