package io.helm4j.lint;

import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Helm 4's strict reading of Chart.yaml for lint ({@code chartutil.StrictLoadChartfile}, sigs.k8s.io/yaml's
 * {@code UnmarshalStrict}): a key repeated in a mapping (go-yaml's strict mode) or a field that
 * {@code chart.Metadata} does not have (encoding/json's {@code DisallowUnknownFields}). Only called on a
 * Chart.yaml that the lenient reading accepted.
 */
final class ChartfileStrict {
    private static final Set<String> METADATA = Set.of("name", "home", "sources", "version", "description",
            "keywords", "maintainers", "icon", "apiversion", "condition", "tags", "appversion", "deprecated",
            "annotations", "kubeversion", "dependencies", "type");
    private static final Set<String> MAINTAINER = Set.of("name", "email", "url");
    private static final Set<String> DEPENDENCY = Set.of("name", "version", "repository", "condition", "tags",
            "enabled", "import-values", "alias");

    private ChartfileStrict() {
    }

    /** The strict reading's error, or null when Chart.yaml reads strictly. */
    static String error(String text, Map<String, Object> raw) {
        List<String> duplicates = new ArrayList<>();
        try {
            for (Node doc : new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build())
                    .composeAllFromString(text)) {
                duplicates(doc, duplicates);
                break;
            }
        } catch (RuntimeException e) {
            return null; // the lenient reading reports parse errors
        }
        if (!duplicates.isEmpty()) {
            return "error converting YAML to JSON: yaml: unmarshal errors:\n  " + String.join("\n  ", duplicates);
        }
        String unknown = unknownField(raw);
        return unknown == null ? null
                : "error unmarshaling JSON: while decoding JSON: json: unknown field " + Strconv.quote(unknown);
    }

    /** go-yaml's "line N: key K already set in map", in document order. */
    private static void duplicates(Node n, List<String> out) {
        if (n instanceof MappingNode m) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (k instanceof ScalarNode s && !"<<".equals(s.getValue()) && !seen.add(s.getValue())) {
                    out.add("line " + (k.getStartMark().map(mk -> mk.getLine() + 1).orElse(0)) + ": key "
                            + Strconv.quote(s.getValue()) + " already set in map");
                }
                duplicates(t.getValueNode(), out);
            }
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                duplicates(item, out);
            }
        }
    }

    /**
     * The first field the JSON decoder meets that chart.Metadata lacks: sigs.k8s.io/yaml hands it an object
     * whose keys are sorted, and Go matches field names case-insensitively.
     */
    private static String unknownField(Map<?, ?> raw) {
        for (Map.Entry<String, Object> e : sorted(raw).entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (!METADATA.contains(key)) {
                return e.getKey();
            }
            Set<String> nested = key.equals("maintainers") ? MAINTAINER : key.equals("dependencies") ? DEPENDENCY
                    : null;
            if (nested != null && e.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> m) {
                        for (String k : sorted(m).keySet()) {
                            if (!nested.contains(k.toLowerCase(Locale.ROOT))) {
                                return k;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, Object> sorted(Map<?, ?> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
