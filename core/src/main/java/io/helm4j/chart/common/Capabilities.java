package io.helm4j.chart.common;

import io.helm4j.gotemplate.GoObject;
import java.util.List;

/** {@code .Capabilities}: what the target cluster (or Helm's defaults) supports. */
public record Capabilities(KubeVersion kubeVersion, ApiVersions apiVersions, HelmVersion helmVersion)
        implements GoObject, io.helm4j.yaml.GoJsonValue {

    /** Helm's defaults for rendering without a cluster, with an optional kube version and extra API versions. */
    public static Capabilities defaults(KubeVersion kubeVersion, List<String> extraApiVersions) {
        return new Capabilities(kubeVersion == null ? KubeVersion.DEFAULT : kubeVersion,
                ApiVersions.defaultsPlus(extraApiVersions), HelmVersion.CURRENT);
    }

    @Override
    public Object jsonValue() {
        return new Struct().field("KubeVersion", kubeVersion).field("APIVersions", apiVersions)
                .field("HelmVersion", helmVersion);
    }

    @Override
    public String goTypeName() {
        return "*common.Capabilities";
    }

    @Override
    public boolean hasField(String name) {
        return switch (name) {
            case "KubeVersion", "APIVersions", "HelmVersion" -> true;
            default -> false;
        };
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "KubeVersion" -> kubeVersion;
            case "APIVersions" -> apiVersions;
            case "HelmVersion" -> helmVersion;
            default -> null;
        };
    }

    /** copystructure's copy: a new pointer, its KubeVersion without the unexported normalizedVersion. */
    @Override
    public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
        return new Capabilities((KubeVersion) kubeVersion.copyStructure(deepCopy),
                (ApiVersions) apiVersions.copyStructure(deepCopy), helmVersion);
    }

    /** *common.Capabilities' fields as fmt sees them. */
    @Override
    public java.util.SequencedMap<String, Object> structFields() {
        java.util.SequencedMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("KubeVersion", kubeVersion);
        m.put("APIVersions", apiVersions);
        m.put("HelmVersion", helmVersion);
        return m;
    }

    @Override
    public String formatValue() {
        return "&" + templateText();
    }

    /** text/template follows the pointer before printing. */
    @Override
    public String templateText() {
        return "{" + kubeVersion.formatValue() + " " + apiVersions.formatValue() + " " + helmVersion.formatValue() + "}";
    }
}
