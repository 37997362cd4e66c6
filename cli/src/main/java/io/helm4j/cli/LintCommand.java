package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.action.LintOptions.Builder;
import io.helm4j.action.LintResult;
import java.io.PrintWriter;

/** {@code helm4j lint PATH...}: examine charts for possible issues. */
public final class LintCommand extends HelmCommand<Builder> {
    LintCommand() {
        super("lint PATH", "examine a chart for possible issues");
        flags.bool("--strict", "fail on lint warnings", Builder::strict);
        flags.bool("--with-subcharts", "lint dependent charts", Builder::withSubcharts);
        flags.bool("--quiet", "print only warnings and errors", Builder::quiet);
        flags.bool("--skip-schema-validation", "if set, disables JSON schema validation",
                Builder::skipSchemaValidation);
        flags.string("--kube-version", "Kubernetes version used for capabilities and deprecation checks",
                Builder::kubeVersion);
        ValuesFlags.declare(flags, Builder::values);
    }

    @Override
    int execute() {
        LintOptions options = toOptions(settings().effectiveNamespace());
        RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again

        LintResult result = new Lint(SdkContext.of(spec).build()).run(options);
        PrintWriter out = out();
        out.print(LintPrinter.render(result, options.quiet()));
        out.flush();
        if (result.failed() > 0) {
            throw new Helm4jException(result.summary());
        }
        return 0;
    }

    LintOptions toOptions(String namespace) {
        return flags.fill(LintOptions.builder()).paths(args).namespace(namespace).build();
    }
}
