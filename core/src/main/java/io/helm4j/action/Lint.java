package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.common.KubeVersion;
import io.helm4j.internal.engine.funcs.SprigFunctions;
import io.helm4j.lint.ChartLinter;
import io.helm4j.lint.LintConfig;
import io.helm4j.lint.LintMessage;
import io.helm4j.lint.LintReport;
import io.helm4j.lint.Severity;
import io.helm4j.values.ChartValues;
import io.helm4j.values.ValueSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code helm lint}: runs the lint rules ({@link ChartLinter}) over each chart path, with the user's
 * values, and decides which charts fail (errors; with --strict also warnings). Paths are resolved
 * against the working directory but reported as given. Never prints.
 */
public final class Lint {
    private final ValueSource valueSource;
    private final Path workingDir;
    private final Clock clock;

    /** Paths are resolved against the context's working directory; values files are read with its value source. */
    public Lint(ActionContext context) {
        this.valueSource = context.values();
        this.workingDir = context.workingDir();
        this.clock = context.clock();
    }

    public LintResult run(LintOptions options) {
        KubeVersion kube = options.kubeVersion() == null ? null : KubeVersion.parse(options.kubeVersion());
        List<String> paths = LintPaths.expand(options.paths(), options.withSubcharts(), workingDir);
        Map<String, Object> values = ChartValues.userValues(options.values(), valueSource);
        LintConfig config = new LintConfig(options.namespace(), kube, options.skipSchemaValidation(),
                SprigFunctions.create(clock, new SplittableRandom()), options.deprecationBaseline());
        Severity tolerance = options.strict() ? Severity.WARNING : Severity.ERROR;
        List<LintResult.ChartResult> results = new ArrayList<>();
        for (String path : paths) {
            results.add(lintOne(path, values, config, tolerance));
        }
        return new LintResult(results);
    }

    private LintResult.ChartResult lintOne(String path, Map<String, Object> values, LintConfig config,
            Severity tolerance) {
        LintReport report;
        try (LintPaths.Checkout chart = LintPaths.checkout(path, workingDir)) {
            report = ChartLinter.runAll(chart.dir(), values, config);
        } catch (Helm4jException e) {
            return new LintResult.ChartResult(path, List.of(), List.of(e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        for (LintMessage m : report.messages()) {
            if (m.severity().atLeast(tolerance)) {
                errors.add(m.error());
            }
        }
        return new LintResult.ChartResult(path, report.messages(), errors);
    }

    static boolean isArchive(String path) {
        return path.endsWith(".tgz") || path.endsWith(".tar.gz");
    }
}
