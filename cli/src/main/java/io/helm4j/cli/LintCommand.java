package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.action.LintResult;
import io.helm4j.settings.HelmSettings;
import io.helm4j.values.ValueSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j lint PATH...}: examine charts for possible issues. */
public final class LintCommand implements Callable<Integer> {
    CommandSpec spec;

    List<String> paths = new ArrayList<>();
    boolean strict;
    boolean withSubcharts;
    boolean quiet;
    boolean skipSchemaValidation;
    String kubeVersion;
    final ValuesFlags values = new ValuesFlags();

    static CommandSpec model() {
        LintCommand c = new LintCommand();
        Specs s = Specs.command(c, "lint").description("examine a chart for possible issues")
                .footer("", "This command takes a path to a chart and runs a series of tests to verify that",
                        "the chart is well-formed.", "",
                        "If the linter encounters things that will cause the chart to fail installation,",
                        "it will emit [ERROR] messages. If it encounters issues that break with convention",
                        "or recommendation, it will emit [WARNING] messages.");
        s.positionals("PATH", "0..*", null, () -> c.paths, v -> c.paths = v);
        s.option("--strict", "fail on lint warnings")
                .bool(() -> c.strict, v -> c.strict = v);
        s.option("--with-subcharts", "lint dependent charts")
                .bool(() -> c.withSubcharts, v -> c.withSubcharts = v);
        s.option("--quiet", "print only warnings and errors")
                .bool(() -> c.quiet, v -> c.quiet = v);
        s.option("--skip-schema-validation", "if set, disables JSON schema validation")
                .bool(() -> c.skipSchemaValidation, v -> c.skipSchemaValidation = v);
        s.option("--kube-version",
                "Kubernetes version used for capabilities and deprecation checks").label("<kubeVersion>")
                .string(() -> c.kubeVersion, v -> c.kubeVersion = v);
        c.values.declare(s);
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public Integer call() {
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        LintOptions options = toOptions(settings);
        Lint lint = new Lint(SdkContext.of(spec).build());
        LintResult result = lint.run(options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(LintPrinter.render(result, options.quiet()));
        out.flush();
        if (result.failed() > 0) {
            throw new Helm4jException(result.summary());
        }
        return 0;
    }

    LintOptions toOptions(HelmSettings settings) {
        return toOptions(settings.effectiveNamespace());
    }

    LintOptions toOptions(String namespace) {
        return LintOptions.builder()
                .paths(paths)
                .strict(strict).withSubcharts(withSubcharts).quiet(quiet)
                .skipSchemaValidation(skipSchemaValidation)
                .kubeVersion(kubeVersion)
                .namespace(namespace)
                .values(values.toValueOptions())
                .build();
    }

}
