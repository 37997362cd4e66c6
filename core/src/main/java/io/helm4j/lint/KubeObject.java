package io.helm4j.lint;

import io.helm4j.yaml.GoYaml;
import java.util.Locale;
import java.util.Map;

/**
 * The few fields lint reads from a rendered document (Helm's {@code K8sYamlStruct}): apiVersion,
 * kind, metadata.name and metadata.namespace, decoded as Go's encoding/json would (keys matched
 * case-insensitively, scalars read as strings).
 */
record KubeObject(String apiVersion, String kind, String name, String namespace) {
    private static final String STRUCT = "rules.K8sYamlStruct";

    /** Decodes a parsed document; null for an empty one; throws with Go's message for a wrong shape. */
    static KubeObject decode(Object doc) {
        if (doc == null) {
            return null;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(jsonError("cannot unmarshal " + GoYaml.jsonKind(doc)
                    + " into Go value of type " + STRUCT));
        }
        String apiVersion = string(field(map, "apiversion"), "K8sYamlStruct.apiVersion");
        String kind = string(field(map, "kind"), "K8sYamlStruct.Kind");
        Object md = field(map, "metadata");
        String name = "";
        String namespace = "";
        if (md instanceof Map<?, ?> m) {
            name = string(field(m, "name"), "K8sYamlStruct.Metadata.Name");
            namespace = string(field(m, "namespace"), "K8sYamlStruct.Metadata.Namespace");
        } else if (md != null) {
            throw new IllegalArgumentException(jsonError("cannot unmarshal " + GoYaml.jsonKind(md)
                    + " into Go struct field K8sYamlStruct.Metadata of type rules.k8sYamlMetadata"));
        }
        return new KubeObject(apiVersion, kind, name, namespace);
    }

    private static Object field(Map<?, ?> map, String lower) {
        Object exact = null;
        boolean found = false;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (k.toLowerCase(Locale.ROOT).equals(lower)) {
                if (!found) {
                    exact = e.getValue();
                    found = true;
                }
            }
        }
        return exact;
    }

    private static String string(Object v, String field) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> || v instanceof java.util.List<?>) {
            throw new IllegalArgumentException(jsonError("cannot unmarshal " + GoYaml.jsonKind(v)
                    + " into Go struct field " + field + " of type string"));
        }
        return ChartfileDocument.scalar(v);
    }

    private static String jsonError(String s) {
        return "error unmarshaling JSON: while decoding JSON: json: " + s;
    }
}
