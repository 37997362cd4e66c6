package io.helm4j.lint;

import io.helm4j.chart.Chart;
import io.helm4j.release.Crd;
import io.helm4j.yaml.GoYaml;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Helm 4's CRD rules ({@code rules.Crds}, new in Helm 4): when the chart has a crds/ directory, each
 * manifest in it (and in its subcharts' crds/) must be plain YAML, not a template, and every object in
 * it a {@code CustomResourceDefinition} of the {@code apiextensions.k8s.io} group. A file that does not
 * parse ends the rule, as in Helm.
 */
final class CrdRules {
    private static final String DIR = "crds/";

    private CrdRules() {
    }

    static void lint(Linter linter) {
        Path dir = linter.chartDir().resolve("crds");
        if (!Files.exists(dir)) {
            return;
        }
        if (!linter.run(Severity.ERROR, DIR, Files.isDirectory(dir) ? null : "not a directory")) {
            return;
        }
        Chart chart = linter.chart(DIR);
        if (chart == null) {
            return;
        }
        for (Crd crd : Crd.of(chart)) {
            for (String doc : KubeDocuments.split(crd.file().text())) {
                KubeObject obj;
                try {
                    obj = KubeObject.decode(GoYaml.load(doc));
                } catch (RuntimeException e) {
                    linter.run(Severity.ERROR, crd.name(), "unable to parse YAML: " + e.getMessage());
                    return;
                }
                if (obj != null) {
                    linter.run(Severity.ERROR, crd.name(), obj.apiVersion().startsWith("apiextensions.k8s.io") ? null
                            : "apiVersion is not in 'apiextensions.k8s.io'");
                    linter.run(Severity.ERROR, crd.name(), obj.kind().equals("CustomResourceDefinition") ? null
                            : "object kind is not 'CustomResourceDefinition'");
                }
            }
        }
    }
}
