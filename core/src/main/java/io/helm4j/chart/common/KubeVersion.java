package io.helm4j.chart.common;

import io.helm4j.Helm4jException;
import io.helm4j.gotemplate.GoObject;

/**
 * {@code .Capabilities.KubeVersion}: the Kubernetes version templates are rendered for. {@code version} is
 * what the user gave ("v" added), {@code normalized} its numeric part ("v1.30.0" for "1.30.0-gke.1"), which
 * {@code String} prints and the chart's kubeVersion constraint is checked against (Helm 4.1 and later).
 */
public record KubeVersion(String version, String major, String minor, String normalized)
        implements GoObject, io.helm4j.yaml.GoJsonValue {
    private static final java.util.regex.Pattern GENERIC =
            java.util.regex.Pattern.compile("[\t\n\f\r ]*v?([0-9]+(?:\\.[0-9]+)*)(.*)");

    /** The version Helm 4.3.2 assumes without a cluster and without {@code --kube-version} (its client-go, v0.37). */
    public static final KubeVersion DEFAULT = new KubeVersion("v1.37.0", "1", "37");

    /** A version without a suffix, so that it is its own normalized form. */
    public KubeVersion(String version, String major, String minor) {
        this(version, major, minor, version);
    }

    /**
     * Parses a version as {@code --kube-version} takes it: what Kubernetes' version.ParseGeneric accepts
     * ("1.20", "v1.20.0", "1.2.3.4", " 1.30.0-gke.1"), with Helm's error text otherwise.
     */
    public static KubeVersion parse(String text) {
        java.util.regex.Matcher m = GENERIC.matcher(text);
        if (!m.matches()) {
            throw invalid(text, "could not parse " + quote(text) + " as version");
        }
        String[] components = m.group(1).split("\\.");
        if (components.length < 2) {
            throw invalid(text, "illegal version string " + quote(text));
        }
        if (components[0].startsWith("0") && !components[0].equals("0")) {
            throw invalid(text, "illegal zero-prefixed version component " + quote(components[0]) + " in "
                    + quote(text));
        }
        StringBuilder normalized = new StringBuilder("v");
        for (String c : components) {
            try {
                normalized.append(normalized.length() > 1 ? "." : "").append(Long.parseUnsignedLong(c));
            } catch (NumberFormatException e) {
                throw invalid(text, "illegal non-numeric version component " + quote(c) + " in " + quote(text)
                        + ": strconv.ParseUint: parsing " + quote(c) + ": value out of range");
            }
        }
        String v = text.startsWith("v") ? text : "v" + text;
        return new KubeVersion(v, Long.toUnsignedString(Long.parseUnsignedLong(components[0])),
                Long.toUnsignedString(Long.parseUnsignedLong(components[1])), normalized.toString());
    }

    private static String quote(String s) {
        return io.helm4j.gotemplate.GoFmt.sprintf("%q", s);
    }

    private static Helm4jException invalid(String text, String reason) {
        return new Helm4jException("invalid kube version '" + text + "': " + reason);
    }

    @Override
    public Object jsonValue() {
        return new Struct().field("Version", version).field("Major", major).field("Minor", minor);
    }

    @Override
    public String goTypeName() {
        return "common.KubeVersion";
    }

    @Override
    public boolean hasMethod(String name) {
        return name.equals("String") || name.equals("GitVersion");
    }

    /** {@code String()} and {@code GitVersion()} take no arguments. */
    @Override
    public String methodParams(String name) {
        return "";
    }

    @Override
    public Object callMethod(String name, java.util.List<Object> args) {
        return name.equals("String") ? string() : version;
    }

    /** Helm's String: the normalized version, or Version when that is empty (a deepCopy drops it). */
    private String string() {
        return normalized.isEmpty() ? version : normalized;
    }

    /** copystructure cannot set the unexported normalizedVersion: a deepCopy has it empty. */
    @Override
    public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
        return new KubeVersion(version, major, minor, "");
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

    /**
     * fmt's rendering: String has a pointer receiver in Helm, so a KubeVersion handed to printf, toString or
     * quote is printed as the struct {Version normalizedVersion Major Minor}.
     */
    /** common.KubeVersion's fields as fmt sees them (the unexported normalizedVersion included). */
    @Override
    public java.util.SequencedMap<String, Object> structFields() {
        java.util.SequencedMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("Version", version);
        m.put("normalizedVersion", normalized);
        m.put("Major", major);
        m.put("Minor", minor);
        return m;
    }

    @Override
    public String formatValue() {
        return "{" + version + " " + normalized + " " + major + " " + minor + "}";
    }

    /** What {@code {{ .Capabilities.KubeVersion }}} prints: text/template calls String on the addressable field. */
    @Override
    public String templateText() {
        return string();
    }

    /** A function's copy of this value: text/template prints it as fmt does ({@code {v1.37.0 v1.37.0 1 37}}). */
    @Override
    public GoObject unaddressable() {
        return new Copy(this);
    }

    /** A KubeVersion returned by a function (deepCopy, default, first...): not addressable, so no String(). */
    private record Copy(KubeVersion of) implements GoObject, io.helm4j.yaml.GoJsonValue {
        @Override
        public Object jsonValue() {
            return of.jsonValue();
        }

        @Override
        public String goTypeName() {
            return of.goTypeName();
        }

        @Override
        public boolean hasMethod(String name) {
            return of.hasMethod(name);
        }

        @Override
        public String methodParams(String name) {
            return of.methodParams(name);
        }

        @Override
        public Object callMethod(String name, java.util.List<Object> args) {
            return of.callMethod(name, args);
        }

        @Override
        public boolean hasField(String name) {
            return of.hasField(name);
        }

        @Override
        public Object field(String name) {
            return of.field(name);
        }

        @Override
        public java.util.SequencedMap<String, Object> structFields() {
            return of.structFields();
        }

        @Override
        public String formatValue() {
            return of.formatValue();
        }

        @Override
        public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
            return of.copyStructure(deepCopy);
        }
    }
}
