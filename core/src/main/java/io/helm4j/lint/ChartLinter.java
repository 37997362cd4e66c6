package io.helm4j.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs every lint rule over one chart directory, as Helm's {@code lint.RunAll}: Chart.yaml, values,
 * templates, dependencies, and (Helm 4) CRDs. Reads the directory; never prints.
 */
public final class ChartLinter {
    private ChartLinter() {
    }

    /** Lints the chart in {@code chartDir} with the user's {@code values} (from -f/--set). */
    public static LintReport runAll(Path chartDir, Map<String, Object> values, LintConfig config) {
        Linter linter = new Linter(chartDir.toAbsolutePath().normalize());
        ChartfileRules.lint(linter);
        ValuesRules.lint(linter, values, config.skipSchemaValidation());
        new TemplateRules(linter, values, config).lint();
        DependencyRules.lint(linter);
        CrdRules.lint(linter);
        return linter.report();
    }

    /** The name in a Chart.yaml, read leniently ("" when absent); throws as Helm does when it cannot be read. */
    public static String chartName(byte[] chartYaml) {
        try {
            return ChartfileDocument.parse(new String(chartYaml, StandardCharsets.UTF_8)).name();
        } catch (RuntimeException e) {
            throw new io.helm4j.Helm4jException("cannot load Chart.yaml: " + e.getMessage(), e);
        }
    }
}
