package io.helm4j.lint;

import java.util.Map;

/**
 * Fixture and corpus cases where helm4j does not yet print what the reference Helm prints, for a
 * reason outside the lint package. Each entry names its owner; remove it when that is fixed.
 */
final class KnownDifferences {
    private static final String UNCLOSED = "gotemplate: an unclosed action's parse error lacks Go's "
            + "\"started at FILE:LINE\"";
    private static final String VALUES_DOC = "chart loader: Helm 4 reads every document of values.yaml and words "
            + "the error \"cannot unmarshal yaml document\"; the reference is Helm 3.21";
    private static final Map<String, String> CASES = Map.ofEntries(
            Map.entry("prometheus-community__prometheus-postgres-exporter", "gotemplate: a nil argument to a "
                    + "string parameter is reported at the argument (\"at <.>\", got <nil>) where Go reports the field node "
                    + "(\"got interface {}\")"),
            Map.entry("external-dns__external-dns", "values: in lint's render step Helm's coalescing drops the chart's "
                    + "null policy (\"missing property 'policy'\") where helm4j keeps it (\"got null, want string\"); "
                    + "helm template keeps it in both"),
            Map.entry("parse-error", UNCLOSED),
            Map.entry("parse-error.strict", UNCLOSED),
            Map.entry("bad-values", VALUES_DOC),
            Map.entry("bad-values.strict", VALUES_DOC),
            Map.entry("list-values", VALUES_DOC),
            Map.entry("list-values.strict", VALUES_DOC));

    private KnownDifferences() {
    }

    /** Why {@code name} is known to differ, or null. */
    static String reason(String name) {
        return CASES.get(name);
    }
}
