package io.helm4j.chart;

import java.util.List;
import java.util.Map;

/**
 * Chart.yaml, field for field as Helm's {@code chart.Metadata}. Absent strings are "" or null, absent
 * lists and maps are null or empty; {@code condition} and {@code tags} are the deprecated top-level
 * fields Helm still reads. Build it with {@link ChartLoader}, which decodes and validates it.
 */
public record Metadata(String apiVersion, String name, String home, List<String> sources, String version,
        String description, List<String> keywords, List<Maintainer> maintainers, String icon, String appVersion,
        boolean deprecated, Map<String, String> annotations, String kubeVersion, List<Dependency> dependencies,
        String type, String condition, String tags) {

    /** Helm's {@code APIVersionV1}. */
    public static final String API_VERSION_V1 = "v1";
    /** Helm's {@code APIVersionV2}. */
    public static final String API_VERSION_V2 = "v2";

    /** Without the deprecated {@code condition} and {@code tags} fields. */
    public Metadata(String apiVersion, String name, String home, List<String> sources, String version,
            String description, List<String> keywords, List<Maintainer> maintainers, String icon, String appVersion,
            boolean deprecated, Map<String, String> annotations, String kubeVersion, List<Dependency> dependencies,
            String type) {
        this(apiVersion, name, home, sources, version, description, keywords, maintainers, icon, appVersion,
                deprecated, annotations, kubeVersion, dependencies, type, null, null);
    }

    /**
     * Decodes and validates one parsed Chart.yaml-shaped document (a map, as {@code GoYaml} reads
     * it) the way Helm decodes its {@code chart.Metadata}: unknown keys are ignored, so an index
     * entry's {@code urls} or {@code created} do no harm. Throws {@link ChartException} with Helm's
     * message when a field has the wrong type or the metadata is invalid.
     */
    public static Metadata decode(Object document) {
        MetadataBuilder md = new MetadataBuilder();
        String error = MetadataDecoder.decodeInto(md, document);
        if (error != null) {
            throw new ChartException("error unmarshaling JSON: while decoding JSON: " + error);
        }
        return MetadataValidator.validate(md);
    }

    /** This metadata with other dependencies (every other field kept). */
    public Metadata withDependencies(List<Dependency> deps) {
        return new Metadata(apiVersion, name, home, sources, version, description, keywords, maintainers, icon,
                appVersion, deprecated, annotations, kubeVersion, deps, type, condition, tags);
    }

    /** True for {@code type: library}. */
    public boolean isLibrary() {
        return "library".equalsIgnoreCase(type);
    }
}
