package io.helm4j.chart;

import io.helm4j.gotemplate.GoObject;
import io.helm4j.yaml.GoStringMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code .Chart}.
 *
 * <p>Helm 4 renders with {@link #templateMap(Metadata)}: a plain map keyed by Go field names
 * ({@code Name}, {@code Version}, {@code AppVersion}, {@code APIVersion}, {@code Annotations},
 * {@code Maintainers}, {@code Dependencies}...), built like its {@code MetadataAsMap}: every field
 * present, lists never null, maintainers and dependencies as maps of their Go fields.
 *
 * <p>Helm 3 passed the {@code *chart.Metadata} struct itself; {@link #of(Metadata)} gives that view as
 * a {@link GoObject} (unknown fields are errors), and {@link #toJsonMap()} its JSON form (json tags,
 * omitempty) for {@code toYaml}/{@code toJson}.
 */
public final class MetadataObject implements GoObject {
    private final Metadata md;
    private final Map<String, Object> fields;

    private MetadataObject(Metadata md) {
        this.md = md;
        this.fields = goFields(md, false);
    }

    /** The Helm 3 struct view of {@code md}. */
    public static MetadataObject of(Metadata md) {
        return new MetadataObject(md);
    }

    /** Helm 4's {@code .Chart}: Go field names to values (String, Boolean, List, Map). */
    public static Map<String, Object> templateMap(Metadata md) {
        return goFields(md, true);
    }

    @Override
    public String goTypeName() {
        return "*chart.Metadata";
    }

    @Override
    public boolean hasField(String name) {
        return fields.containsKey(name);
    }

    @Override
    public Object field(String name) {
        return fields.get(name);
    }

    /** The metadata this view shows. */
    public Metadata metadata() {
        return md;
    }

    /** The JSON form of {@code *chart.Metadata} (what {@code toYaml .Chart} printed in Helm 3). */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        putString(m, "name", md.name());
        putString(m, "home", md.home());
        putList(m, "sources", md.sources());
        putString(m, "version", md.version());
        putString(m, "description", md.description());
        putList(m, "keywords", md.keywords());
        if (md.maintainers() != null && !md.maintainers().isEmpty()) {
            List<Object> ms = new ArrayList<>();
            for (Maintainer x : md.maintainers()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                putString(mm, "name", x.name());
                putString(mm, "email", x.email());
                putString(mm, "url", x.url());
                ms.add(mm);
            }
            m.put("maintainers", ms);
        }
        putString(m, "icon", md.icon());
        putString(m, "apiVersion", md.apiVersion());
        putString(m, "condition", md.condition());
        putString(m, "tags", md.tags());
        putString(m, "appVersion", md.appVersion());
        if (md.deprecated()) {
            m.put("deprecated", true);
        }
        if (md.annotations() != null && !md.annotations().isEmpty()) {
            m.put("annotations", new LinkedHashMap<>(md.annotations()));
        }
        putString(m, "kubeVersion", md.kubeVersion());
        if (md.dependencies() != null && !md.dependencies().isEmpty()) {
            List<Object> ds = new ArrayList<>();
            for (Dependency d : md.dependencies()) {
                ds.add(dependencyJson(d));
            }
            m.put("dependencies", ds);
        }
        putString(m, "type", md.type());
        return m;
    }

    private static Map<String, Object> dependencyJson(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", nz(d.name()));
        putString(m, "version", d.version());
        m.put("repository", nz(d.repository()));
        putString(m, "condition", d.condition());
        putList(m, "tags", d.tags());
        if (Boolean.TRUE.equals(d.enabled())) {
            m.put("enabled", true);
        }
        if (d.importValues() != null && !d.importValues().isEmpty()) {
            m.put("import-values", new ArrayList<>(d.importValues()));
        }
        putString(m, "alias", d.alias());
        return m;
    }

    private static Map<String, Object> goFields(Metadata md, boolean helm4) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", nz(md.name()));
        m.put("Home", nz(md.home()));
        m.put("Sources", list(md.sources()));
        m.put("Version", nz(md.version()));
        m.put("Description", nz(md.description()));
        m.put("Keywords", list(md.keywords()));
        List<Object> ms = new ArrayList<>();
        if (md.maintainers() != null) {
            for (Maintainer x : md.maintainers()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("Name", nz(x.name()));
                mm.put("Email", nz(x.email()));
                mm.put("URL", nz(x.url()));
                ms.add(helm4 ? Collections.unmodifiableMap(mm) : new Struct("*chart.Maintainer", mm));
            }
        }
        m.put("Maintainers", Collections.unmodifiableList(ms));
        m.put("Icon", nz(md.icon()));
        m.put("APIVersion", nz(md.apiVersion()));
        m.put("Condition", nz(md.condition()));
        m.put("Tags", nz(md.tags()));
        m.put("AppVersion", nz(md.appVersion()));
        m.put("Deprecated", md.deprecated());
        // a nil map[string]string without annotations: empty to templates, null to toJson and toYaml
        m.put("Annotations", md.annotations() == null ? new NilMap() : new GoStringMap(md.annotations()));
        m.put("KubeVersion", nz(md.kubeVersion()));
        List<Object> ds = new ArrayList<>();
        if (md.dependencies() != null) {
            for (Dependency d : md.dependencies()) {
                Map<String, Object> dm = dependencyFields(d);
                ds.add(helm4 ? dm : new Struct("*chart.Dependency", dm));
            }
        }
        m.put("Dependencies", Collections.unmodifiableList(ds));
        m.put("Type", nz(md.type()));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> dependencyFields(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", nz(d.name()));
        m.put("Version", nz(d.version()));
        m.put("Repository", nz(d.repository()));
        m.put("Condition", nz(d.condition()));
        m.put("Tags", list(d.tags()));
        m.put("Enabled", Boolean.TRUE.equals(d.enabled()));
        m.put("ImportValues", d.importValues() == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(d.importValues())));
        m.put("Alias", nz(d.alias()));
        return Collections.unmodifiableMap(m);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<Object> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static void putString(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<String> value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, new ArrayList<Object>(value));
        }
    }

    /** A Go struct pointer seen from a template: exported fields only. */
    private record Struct(String goTypeName, Map<String, Object> fields) implements GoObject {
        @Override
        public boolean hasField(String name) {
            return fields.containsKey(name);
        }

        @Override
        public Object field(String name) {
            return fields.get(name);
        }
    }

    /** No annotations: a nil {@code map[string]string}. */
    private static final class NilMap extends java.util.AbstractMap<String, Object>
            implements io.helm4j.yaml.GoNil, io.helm4j.gotemplate.GoTyped {
        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return java.util.Set.of();
        }

        @Override
        public String goTypeName() {
            return "map[string]string";
        }

        @Override
        public Object zeroElement() {
            return "";
        }
    }
}
