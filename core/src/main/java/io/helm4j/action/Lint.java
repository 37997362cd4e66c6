package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.engine.KubeVersion;
import io.helm4j.engine.funcs.SprigFunctions;
import io.helm4j.lint.ChartLinter;
import io.helm4j.lint.LintConfig;
import io.helm4j.lint.LintMessage;
import io.helm4j.lint.LintReport;
import io.helm4j.lint.Severity;
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

    private final KubeVersion deprecationBaseline;

    public Lint(ValueSource valueSource, Path workingDir, Clock clock) {
        this(valueSource, workingDir, clock, null);
    }

    /**
     * With the Kubernetes version deprecations are checked against when no --kube-version is given
     * (null: Helm 4's released default; {@link LintConfig#UNLINKED_BASELINE}: as Helm's own tests build it).
     */
    public Lint(ValueSource valueSource, Path workingDir, Clock clock, KubeVersion deprecationBaseline) {
        this.valueSource = valueSource;
        this.workingDir = workingDir;
        this.clock = clock;
        this.deprecationBaseline = deprecationBaseline;
    }

    public LintResult run(LintOptions options) {
        KubeVersion kube = options.kubeVersion() == null ? null : KubeVersion.parse(options.kubeVersion());
        List<String> paths = LintPaths.expand(options.paths(), options.withSubcharts(), workingDir);
        Map<String, Object> values = options.values().merge(valueSource);
        LintConfig config = new LintConfig(options.namespace(), kube, options.skipSchemaValidation(),
                SprigFunctions.create(clock, new SplittableRandom()), deprecationBaseline);
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
