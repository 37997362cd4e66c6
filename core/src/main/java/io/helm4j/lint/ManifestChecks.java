package io.helm4j.lint;

import io.helm4j.chart.common.KubeVersion;
import io.helm4j.gostd.Strconv;
import io.helm4j.internal.patch.CrdSchema;
import io.helm4j.internal.patch.DuplicateListKeys;
import io.helm4j.internal.patch.PatchSchema;
import io.helm4j.yaml.GoYaml;
import java.util.List;
import java.util.Map;

/**
 * The checks Helm runs on one rendered YAML template: no indented first line, and for each document
 * that it parses, a valid object name, no deprecated API, a selector on workloads, no
 * resource-policy annotation inside a List, and (beyond Helm) no list with two entries of one key (a custom
 * resource's by the schema of a definition in the chart).
 */
final class ManifestChecks {
    private final Linter linter;
    private final String path;
    private final String rendered;
    private final KubeVersion kubeVersion;
    private final Map<String, CrdSchema> crds;

    ManifestChecks(Linter linter, String path, String rendered, KubeVersion kubeVersion) {
        this(linter, path, rendered, kubeVersion, Map.of());
    }

    /** With the custom resource types the chart defines ({@code group/version/Kind}), whose lists are checked too. */
    ManifestChecks(Linter linter, String path, String rendered, KubeVersion kubeVersion, Map<String, CrdSchema> crds) {
        this.linter = linter;
        this.path = path;
        this.rendered = rendered;
        this.kubeVersion = kubeVersion;
        this.crds = crds;
    }

    /** False when a document failed to parse: Helm stops linting templates there. */
    boolean run() {
        linter.run(Severity.WARNING, path, topIndent(rendered));
        for (String doc : KubeDocuments.split(rendered)) {
            KubeObject obj;
            Object loaded;
            try {
                loaded = GoYaml.load(doc);
                obj = KubeObject.decode(loaded);
            } catch (RuntimeException e) {
                linter.run(Severity.ERROR, path, "unable to parse YAML: " + e.getMessage());
                return false;
            }
            if (obj != null) {
                linter.run(Severity.WARNING, path, KubeNames.validate(obj));
                linter.run(Severity.WARNING, path, Deprecations.check(obj, kubeVersion));
                linter.run(Severity.ERROR, path, matchSelector(obj));
                linter.run(Severity.ERROR, path, listAnnotations(obj));
                linter.run(Severity.WARNING, path, listKeys(loaded, obj));
            }
        }
        return true;
    }

    static String topIndent(String content) {
        for (String line : content.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.strip().isEmpty()) {
                continue;
            }
            if (l.startsWith(" ") || l.startsWith("\t")) {
                return "document starts with an illegal indent: " + Strconv.quote(l)
                        + ", which may cause parsing problems";
            }
            return null;
        }
        return null;
    }

    private String matchSelector(KubeObject obj) {
        return switch (obj.kind()) {
            case "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet" ->
                rendered.contains("matchLabels") || rendered.contains("matchExpressions") ? null
                        : "a " + obj.kind() + " must contain matchLabels or matchExpressions, and "
                                + Strconv.quote(obj.name()) + " does not";
            default -> null;
        };
    }

    /**
     * Beyond Helm: a list with two entries of one key (the same env name twice in a container), which client-side
     * apply merged but server-side apply, Helm 4's default, rejects.
     */
    private String listKeys(Object loaded, KubeObject obj) {
        String[] gv = obj.apiVersion().split("/");
        if (!(loaded instanceof Map<?, ?> m) || obj.kind().isEmpty()) {
            return null;
        }
        String group = gv.length == 1 ? "" : gv[0];
        DuplicateListKeys.Type type = PatchSchema.forKind(group, gv[gv.length - 1], obj.kind())
                .map(t -> (DuplicateListKeys.Type) t)
                .orElse(crds.get(group + "/" + gv[gv.length - 1] + "/" + obj.kind()));
        List<String> found = type == null ? List.of() : DuplicateListKeys.find(m, type);
        return found.isEmpty() ? null : obj.kind() + " " + Strconv.quote(obj.name()) + ": " + String.join("; ", found)
                + ": server-side apply (Helm 4's default) rejects a list with two entries of one key; keep one entry "
                + "per key";
    }

    /** Helm reads the whole file as one document here, so only the first document's items count. */
    private String listAnnotations(KubeObject obj) {
        if (!obj.kind().equals("List")) {
            return null;
        }
        Object first;
        try {
            first = GoYaml.load(rendered);
        } catch (RuntimeException e) {
            return "unable to parse YAML: " + e.getMessage();
        }
        if (!(first instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> items)) {
            return null;
        }
        for (Object item : items) {
            if (item instanceof Map<?, ?> im && im.get("metadata") instanceof Map<?, ?> md
                    && md.get("annotations") instanceof Map<?, ?> ann && ann.containsKey("helm.sh/resource-policy")) {
                return "annotation 'helm.sh/resource-policy' within List objects are ignored";
            }
        }
        return null;
    }
}
