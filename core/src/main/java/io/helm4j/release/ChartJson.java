package io.helm4j.release;

import io.helm4j.chart.ChartLock;
import io.helm4j.chart.Dependency;
import io.helm4j.chart.Maintainer;
import io.helm4j.chart.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart's metadata and lock in JSON, as Helm's {@code chart.Metadata}, {@code Dependency},
 * {@code Maintainer} and {@code Lock} structs marshal and unmarshal: Go's field order and
 * omitempty on the way out, no validation on the way in (a stored record is taken as it is).
 */
final class ChartJson {
    private ChartJson() {
    }

    static void metadata(StringBuilder b, Metadata m) {
        JsonFields f = new JsonFields(b).stringOmitEmpty("name", m.name()).stringOmitEmpty("home", m.home());
        listOmitEmpty(f, "sources", m.sources());
        f.stringOmitEmpty("version", m.version()).stringOmitEmpty("description", m.description());
        listOmitEmpty(f, "keywords", m.keywords());
        if (m.maintainers() != null && !m.maintainers().isEmpty()) {
            StringBuilder out = f.name("maintainers").append('[');
            for (int i = 0; i < m.maintainers().size(); i++) {
                Maintainer x = m.maintainers().get(i);
                out.append(i > 0 ? "," : "");
                if (x == null) {
                    out.append("null");
                } else {
                    new JsonFields(out).stringOmitEmpty("name", x.name()).stringOmitEmpty("email", x.email())
                            .stringOmitEmpty("url", x.url()).end();
                }
            }
            out.append(']');
        }
        f.stringOmitEmpty("icon", m.icon()).stringOmitEmpty("apiVersion", m.apiVersion())
                .stringOmitEmpty("condition", m.condition()).stringOmitEmpty("tags", m.tags())
                .stringOmitEmpty("appVersion", m.appVersion());
        if (m.deprecated()) {
            f.name("deprecated").append("true");
        }
        if (m.annotations() != null && !m.annotations().isEmpty()) {
            f.value("annotations", m.annotations());
        }
        f.stringOmitEmpty("kubeVersion", m.kubeVersion());
        if (m.dependencies() != null && !m.dependencies().isEmpty()) {
            dependencies(f.name("dependencies"), m.dependencies());
        }
        f.stringOmitEmpty("type", m.type()).end();
    }

    static void lock(StringBuilder b, ChartLock lock) {
        JsonFields f = new JsonFields(b);
        f.name("generated").append('"').append(GoTime.format(GoTime.parse(lock.generated(), "lock.generated")))
                .append('"');
        f.string("digest", lock.digest());
        StringBuilder out = f.name("dependencies");
        if (lock.dependencies() == null) {
            out.append("null");
        } else {
            dependencies(out, lock.dependencies());
        }
        f.end();
    }

    static void dependencies(StringBuilder out, List<Dependency> deps) {
        out.append('[');
        for (int i = 0; i < deps.size(); i++) {
            out.append(i > 0 ? "," : "");
            Dependency d = deps.get(i);
            if (d == null) {
                out.append("null");
                continue;
            }
            JsonFields f = new JsonFields(out).string("name", d.name()).stringOmitEmpty("version", d.version())
                    .string("repository", d.repository()).stringOmitEmpty("condition", d.condition());
            listOmitEmpty(f, "tags", d.tags());
            if (Boolean.TRUE.equals(d.enabled())) {
                f.name("enabled").append("true");
            }
            listOmitEmpty(f, "import-values", d.importValues());
            f.stringOmitEmpty("alias", d.alias()).end();
        }
        out.append(']');
    }

    private static void listOmitEmpty(JsonFields f, String name, List<?> list) {
        if (list != null && !list.isEmpty()) {
            f.value(name, list);
        }
    }

    static Metadata readMetadata(JsonObject o) {
        if (o == null) {
            return null;
        }
        List<Maintainer> maintainers = null;
        List<Object> ms = o.list("maintainers");
        if (ms != null) {
            maintainers = new ArrayList<>();
            for (Object x : ms) {
                JsonObject mo = JsonObject.of(x, "Metadata.maintainers");
                maintainers.add(mo == null ? null
                        : new Maintainer(mo.string("name"), mo.string("email"), mo.string("url")));
            }
        }
        Map<String, String> annotations = null;
        JsonObject an = o.object("annotations");
        if (an != null) {
            annotations = new LinkedHashMap<>();
            for (String k : an.keys()) {
                annotations.put(k, an.string(k));
            }
        }
        return new Metadata(o.string("apiVersion"), o.string("name"), o.string("home"), o.strings("sources"),
                o.string("version"), o.string("description"), o.strings("keywords"), maintainers, o.string("icon"),
                o.string("appVersion"), o.bool("deprecated"), annotations, o.string("kubeVersion"),
                readDependencies(o.list("dependencies")), o.string("type"), o.string("condition"), o.string("tags"));
    }

    static ChartLock readLock(JsonObject o) {
        if (o == null) {
            return null;
        }
        String generated = GoTime.format(GoTime.parse(o.string("generated"), "lock.generated"));
        return new ChartLock(generated, o.string("digest"), readDependencies(o.list("dependencies")));
    }

    private static List<Dependency> readDependencies(List<Object> list) {
        if (list == null) {
            return null;
        }
        List<Dependency> deps = new ArrayList<>();
        for (Object x : list) {
            JsonObject d = JsonObject.of(x, "Dependency");
            deps.add(d == null ? null : new Dependency(d.string("name"), d.string("version"), d.string("repository"),
                    d.string("condition"), d.strings("tags"), d.bool("enabled"), d.list("import-values"),
                    d.string("alias")));
        }
        return deps;
    }
}
