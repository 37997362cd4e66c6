package io.helm4j.lint;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLoader;
import io.helm4j.engine.Capabilities;
import io.helm4j.engine.Engine;
import io.helm4j.engine.EngineOptions;
import io.helm4j.engine.KubeVersion;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.EventSink;
import io.helm4j.values.Coalesce;
import io.helm4j.values.Dependencies;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Helm's template rules ({@code rules.Templates}): the chart loads, its values meet the schemas, it
 * renders (in lint mode, as release "test-release"), and each rendered YAML document parses and
 * passes the manifest checks ({@link ManifestChecks}). Also the Helm 2 leftovers: crd-install hooks
 * and {@code .Release.Time}.
 */
final class TemplateRules {
    private static final String DIR = "templates/";
    private static final Pattern CRD_HOOK = Pattern.compile("\"?helm\\.sh/hook\"?:\\s+crd-install");
    private static final Pattern RELEASE_TIME = Pattern.compile("\\.Release\\.Time");
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
        if (Files.exists(linter.chartDir().resolve("templates")) && !Files.isDirectory(linter.chartDir()
                .resolve("templates"))) {
            linter.run(Severity.ERROR, DIR, "not a directory");
            return;
        }
        Chart chart;
        try {
            chart = ChartLoader.create().load(linter.chartDir());
        } catch (Helm4jException e) {
            linter.run(Severity.ERROR, DIR, e.getMessage());
            return;
        }
        Map<String, String> rendered = render(chart);
        if (rendered == null) {
            return;
        }
        for (ChartFile template : chart.templates()) {
            if (!lintTemplate(template, rendered.get(chart.name() + "/" + template.name()))) {
                return;
            }
        }
    }

    /** The rendered files, or null when a step failed (reported, or silently skipped as Helm does). */
    private Map<String, String> render(Chart chart) {
        KubeVersion kube = config.kubeVersion() == null ? KubeVersion.DEFAULT : config.kubeVersion();
        Capabilities caps = Capabilities.defaults(kube, List.of());
        Map<String, Object> coalesced;
        try {
            chart = Dependencies.process(chart, values, EventSink.discard());
            coalesced = Coalesce.coalesceValues(chart, values, EventSink.discard());
        } catch (Helm4jException e) {
            return null;
        }
        if (!config.skipSchemaValidation()) {
            String err = Schemas.validateTree(chart, coalesced);
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
    private boolean lintTemplate(ChartFile template, String rendered) {
        String path = template.name();
        String source = template.text();
        String ext = extension(path);
        linter.run(Severity.ERROR, path, EXTENSIONS.contains(ext) ? null
                : "file extension '" + ext + "' not valid. Valid extensions are .yaml, .yml, .tpl, or .txt");
        linter.run(Severity.WARNING, path, CRD_HOOK.matcher(source).find()
                ? "manifest is a crd-install hook. This hook is no longer supported in v3 and all CRDs should also "
                        + "exist the crds/ directory at the top level of the chart"
                : null);
        linter.run(Severity.ERROR, path, RELEASE_TIME.matcher(source).find()
                ? ".Release.Time has been removed in v3, please replace with the `now` function in your templates"
                : null);
        // Helm 3 applies the manifest rules to .yaml files only (not .yml).
        if (!ext.equals(".yaml") || rendered == null || rendered.strip().isEmpty()) {
            return true;
        }
        return new ManifestChecks(linter, path, rendered, config.kubeVersion()).run();
    }

    /** Go's {@code filepath.Ext}. */
    static String extension(String path) {
        for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
            if (path.charAt(i) == '.') {
                return path.substring(i);
            }
        }
        return "";
    }
}
