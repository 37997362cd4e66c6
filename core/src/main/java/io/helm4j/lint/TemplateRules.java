package io.helm4j.lint;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.engine.Engine;
import io.helm4j.engine.EngineOptions;
import io.helm4j.chart.common.KubeVersion;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.EventSink;
import io.helm4j.gostd.Paths;
import io.helm4j.internal.patch.CrdSchema;
import io.helm4j.yaml.GoYaml;
import io.helm4j.values.ChartValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Helm's template rules ({@code rules.Templates}): the chart loads, its values meet the schemas, it
 * renders (in lint mode, as release "test-release"), and each rendered YAML document parses and
 * passes the manifest checks ({@link ManifestChecks}). As Helm 4 runs them: a missing templates/ is a
 * warning, the manifest checks apply to {@code .yml} files too, and Helm 3's checks for Helm 2
 * leftovers (crd-install hooks, {@code .Release.Time}) are gone.
 */
final class TemplateRules {
    private static final String DIR = "templates/";
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".tpl", ".txt");

    private final Linter linter;
    private final Map<String, Object> values;
    private final LintConfig config;

    TemplateRules(Linter linter, Map<String, Object> values, LintConfig config) {
        this.linter = linter;
        this.values = values;
        this.config = config;
    }

    void lint() {
        Path dir = linter.chartDir().resolve("templates");
        if (!linter.run(Severity.WARNING, DIR, Files.exists(dir) ? null : "directory does not exist")
                || !linter.run(Severity.ERROR, DIR, Files.isDirectory(dir) ? null : "not a directory")) {
            return;
        }
        Chart chart = linter.chart(DIR);
        if (chart == null) {
            return;
        }
        Map<String, String> rendered = render(chart);
        if (rendered == null) {
            return;
        }
        Map<String, CrdSchema> crds = crds(chart, rendered);
        for (ChartFile template : chart.templates()) {
            if (!lintTemplate(template, rendered.get(chart.name() + "/" + template.name()), crds)) {
                return;
            }
        }
    }

    /** The custom resource types the chart defines, in {@code crds/} and in its rendered templates (beyond Helm). */
    private static Map<String, CrdSchema> crds(Chart chart, Map<String, String> rendered) {
        List<String> texts = new java.util.ArrayList<>();
        io.helm4j.release.Crd.of(chart).forEach(crd -> texts.add(crd.file().text()));
        texts.addAll(rendered.values());
        Map<String, CrdSchema> out = new java.util.HashMap<>();
        for (String text : texts) {
            for (String doc : KubeDocuments.split(text)) {
                try {
                    if (GoYaml.load(doc) instanceof Map<?, ?> m) {
                        out.putAll(CrdSchema.definedBy(m));
                    }
                } catch (RuntimeException unparsable) {
                    // reported where the document is linted
                }
            }
        }
        return out;
    }

    /** The rendered files, or null when a step failed (reported, or silently skipped as Helm does). */
    private Map<String, String> render(Chart chart) {
        KubeVersion kube = config.kubeVersion() == null ? KubeVersion.DEFAULT : config.kubeVersion();
        Capabilities caps = Capabilities.defaults(kube, List.of());
        ChartValues.Resolved resolved;
        try {
            resolved = ChartValues.coalesce(chart, values, EventSink.discard());
        } catch (Helm4jException e) {
            return null;
        }
        chart = resolved.chart();
        Map<String, Object> coalesced = resolved.values();
        if (!config.skipSchemaValidation()) {
            String err = ChartValues.schemaErrors(resolved);
            if (!linter.run(Severity.ERROR, DIR, err)) {
                return null;
            }
        }
        ReleaseInfo release = new ReleaseInfo("test-release", config.namespace(), 0, false, false);
        try {
            return new Engine(new EngineOptions(false, true, false, config.library()))
                    .render(chart, coalesced, release, caps);
        } catch (Helm4jException e) {
            linter.run(Severity.ERROR, DIR, e.getMessage());
            return null;
        }
    }

    /** Lints one template; false when a YAML document failed to parse (Helm stops there). */
    private boolean lintTemplate(ChartFile template, String rendered, Map<String, CrdSchema> crds) {
        String path = template.name();
        String ext = extension(path);
        linter.run(Severity.ERROR, path, EXTENSIONS.contains(ext) ? null
                : "file extension '" + ext + "' not valid. Valid extensions are .yaml, .yml, .tpl, or .txt");
        // Helm 4 applies the manifest rules to .yaml and .yml files, in any case (Helm 3: .yaml only).
        String lower = ext.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.equals(".yaml") || lower.equals(".yml")) || rendered == null || rendered.strip().isEmpty()) {
            return true;
        }
        return new ManifestChecks(linter, path, rendered, config.deprecationVersion(), crds).run();
    }

    /** Go's {@code filepath.Ext}. */
    static String extension(String path) {
        return Paths.ext(path);
    }
}
