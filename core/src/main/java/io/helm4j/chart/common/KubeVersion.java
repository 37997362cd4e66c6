package io.helm4j.chart.common;

import io.helm4j.Helm4jException;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.internal.semver.SemVersion;

/** {@code .Capabilities.KubeVersion}: the Kubernetes version templates are rendered for. */
public record KubeVersion(String version, String major, String minor) implements GoObject {
    /** The version Helm assumes without a cluster and without {@code --kube-version}. */
    public static final KubeVersion DEFAULT = new KubeVersion("v1.35.0", "1", "35");

    /** Parses a version as {@code --kube-version} takes it ("1.20", "v1.20.0"). */
    public static KubeVersion parse(String text) {
        String v = text.startsWith("v") ? text : "v" + text;
        SemVersion sv;
        try {
            sv = SemVersion.parse(v);
        } catch (RuntimeException e) {
            throw new Helm4jException("invalid kube version '" + text + "': " + e.getMessage(), e);
        }
        return new KubeVersion(v, Long.toString(sv.major()), Long.toString(sv.minor()));
    }

    @Override
    public String goTypeName() {
        return "chartutil.KubeVersion";
    }

    @Override
    public boolean hasMethod(String name) {
        return name.equals("String") || name.equals("GitVersion");
    }

    @Override
    public Object callMethod(String name, java.util.List<Object> args) {
        return version;
    }

    @Override
    public boolean hasField(String name) {
        return name.equals("Version") || name.equals("Major") || name.equals("Minor");
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Version" -> version;
            case "Major" -> major;
            case "Minor" -> minor;
            default -> null;
        };
    }

    @Override
    public String formatValue() {
        return version;
    }
}
