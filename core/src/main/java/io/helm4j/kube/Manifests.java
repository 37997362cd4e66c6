package io.helm4j.kube;

import io.helm4j.Helm4jException;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code KubeClient.Build} without the server: a YAML stream into objects. Empty documents
 * are skipped, a {@code kind: ...List} with {@code items} is flattened, whole numbers are integers
 * as unstructured decoding makes them.
 */
public final class Manifests {
    private Manifests() {
    }

    public static List<Resource> parse(String yaml) {
        List<Resource> out = new ArrayList<>();
        for (Object doc : GoYaml.loadAll(yaml)) {
            if (doc == null || doc instanceof Map<?, ?> m && m.isEmpty()) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw new Helm4jException("error converting YAML to JSON: a manifest must be an object, not " + GoYaml.jsonKind(doc));
            }
            add(out, m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void add(List<Resource> out, Map<?, ?> m) {
        Resource r = new Resource((Map<String, Object>) KubeJson.integers(m));
        if (r.kind().isEmpty() || r.apiVersion().isEmpty()) {
            throw new Helm4jException("unable to decode manifest: Object 'Kind' is missing or apiVersion is not set in '"
                    + KubeJson.write(m) + "'");
        }
        if (r.kind().endsWith("List") && m.get("items") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> im) {
                    add(out, im);
                }
            }
            return;
        }
        out.add(r);
    }
}
