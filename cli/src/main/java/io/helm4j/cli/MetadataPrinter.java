package io.helm4j.cli;

import io.helm4j.chart.Dependency;
import io.helm4j.chart.Metadata;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.yaml.GoYaml;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** {@code helm get metadata}: Helm 4's {@code action.Metadata} of a release, as a table, JSON or YAML. */
final class MetadataPrinter {
    private MetadataPrinter() {
    }

    static String render(Release r, String format) {
        return switch (format) {
            case "json" -> json(r) + "\n";
            case "yaml" -> GoYaml.toYaml(GoYaml.fromJson(json(r)));
            default -> table(r);
        };
    }

    private static Metadata chart(Release r) {
        return r.chart() == null ? null : r.chart().metadata();
    }

    private static String table(Release r) {
        Metadata m = chart(r);
        StringJoiner deps = new StringJoiner(",");
        dependencies(m).stream().map(Dependency::name).sorted().forEach(deps::add);
        return "NAME: " + r.name() + "\nCHART: " + (m == null ? "" : m.name()) + "\nVERSION: "
                + (m == null ? "" : nz(m.version())) + "\nAPP_VERSION: " + (m == null ? "" : nz(m.appVersion()))
                + "\nANNOTATIONS: " + labelSet(m == null ? null : m.annotations()) + "\nLABELS: " + labelSet(r.labels())
                + "\nDEPENDENCIES: " + deps + "\nNAMESPACE: " + r.namespace() + "\nREVISION: " + r.version()
                + "\nSTATUS: " + r.status() + "\nDEPLOYED_AT: " + deployedAt(r) + "\nAPPLY_METHOD: "
                + applyMethod(r.applyMethod()) + "\n";
    }

    /** Go's {@code json.Marshal} of Helm's {@code Metadata} struct, in its field order. */
    static String json(Release r) {
        Metadata m = chart(r);
        StringBuilder b = new StringBuilder("{\"name\":").append(GoYaml.toJson(r.name()));
        b.append(",\"chart\":").append(GoYaml.toJson(m == null ? "" : nz(m.name())));
        b.append(",\"version\":").append(GoYaml.toJson(m == null ? "" : nz(m.version())));
        b.append(",\"appVersion\":").append(GoYaml.toJson(m == null ? "" : nz(m.appVersion())));
        if (m != null && m.annotations() != null && !m.annotations().isEmpty()) {
            b.append(",\"annotations\":").append(GoYaml.toJson(m.annotations()));
        }
        if (r.labels() != null && !r.labels().isEmpty()) {
            b.append(",\"labels\":").append(GoYaml.toJson(r.labels()));
        }
        if (!dependencies(m).isEmpty()) {
            b.append(",\"dependencies\":").append(ReleaseCodec.dependenciesJson(dependencies(m)));
        }
        b.append(",\"namespace\":").append(GoYaml.toJson(r.namespace()));
        b.append(",\"revision\":").append(r.version());
        b.append(",\"status\":").append(GoYaml.toJson(r.status().toString()));
        b.append(",\"deployedAt\":").append(GoYaml.toJson(deployedAt(r)));
        if (r.applyMethod() != null && !r.applyMethod().isEmpty()) {
            b.append(",\"applyMethod\":").append(GoYaml.toJson(r.applyMethod()));
        }
        return b.append('}').toString();
    }

    private static List<Dependency> dependencies(Metadata m) {
        return m == null || m.dependencies() == null ? List.of() : m.dependencies();
    }

    /** Kubernetes' {@code labels.Set.String()}: {@code k=v} pairs sorted by key, joined by commas. */
    private static String labelSet(Map<String, String> labels) {
        StringJoiner j = new StringJoiner(",");
        if (labels != null) {
            new TreeMap<>(labels).forEach((k, v) -> j.add(k + "=" + v));
        }
        return j.toString();
    }

    /** Go's {@code Format(time.RFC3339)} of the last deployment (Go's zero time when there is none). */
    private static String deployedAt(Release r) {
        OffsetDateTime t = r.info() == null ? null : r.info().lastDeployed();
        if (t == null) {
            return "0001-01-01T00:00:00Z";
        }
        String s = t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return t.getOffset().equals(ZoneOffset.UTC) ? s.replace("+00:00", "Z") : s;
    }

    private static String applyMethod(String m) {
        return switch (m == null ? "" : m) {
            case "" -> "client-side apply (defaulted)";
            case "csa" -> "client-side apply";
            case "ssa" -> "server-side apply";
            default -> "unknown (" + io.helm4j.gotemplate.GoFmt.sprintf("%q", m) + ")";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
