package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.action.LintResult;
import io.helm4j.settings.HelmSettings;
import io.helm4j.values.ValueSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helm4j lint PATH...}: examine charts for possible issues. */
@Command(name = "lint", description = "examine a chart for possible issues",
        footer = {"", "This command takes a path to a chart and runs a series of tests to verify that",
            "the chart is well-formed.", "",
            "If the linter encounters things that will cause the chart to fail installation,",
            "it will emit [ERROR] messages. If it encounters issues that break with convention",
            "or recommendation, it will emit [WARNING] messages."})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH")
    List<String> paths = new ArrayList<>();

    @Option(names = "--strict", description = "fail on lint warnings")
    boolean strict;
    @Option(names = "--with-subcharts", description = "lint dependent charts")
    boolean withSubcharts;
    @Option(names = "--quiet", description = "print only warnings and errors")
    boolean quiet;
    @Option(names = "--skip-schema-validation", description = "if set, disables JSON schema validation")
    boolean skipSchemaValidation;
    @Option(names = "--kube-version", description = "Kubernetes version used for capabilities and deprecation checks")
    String kubeVersion;
    @picocli.CommandLine.Mixin
    ValuesFlags values = new ValuesFlags();

    @Override
    public Integer call() {
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        LintOptions options = toOptions(settings);
        Lint lint = new Lint(ValueSource.local(Path.of(""), System.in), Path.of("").toAbsolutePath(),
                Clock.systemUTC());
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
