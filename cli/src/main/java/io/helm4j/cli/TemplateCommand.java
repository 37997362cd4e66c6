package io.helm4j.cli;

import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.action.TemplateOptions.Builder;
import io.helm4j.action.TemplateResult;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.settings.HelmSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code helm4j template [NAME] [CHART]}: render a chart locally and print the manifests. */
public final class TemplateCommand extends HelmCommand<Builder> {
    private final Flag<List<String>> postRenderer;
    private final Flag<List<String>> postRendererArgs;
    private final InstallFlags install;
    private final Flag<List<String>> templateFuncs;
    private final Flag<Boolean> validate;
    private final Flag<String> dryRun;

    TemplateCommand() {
        super("template [NAME] [CHART]", "locally render templates");
        install = InstallFlags.declare(flags, new InstallFlags.Into<>(Builder::disableHooks, Builder::generateName,
                Builder::nameTemplate, Builder::subNotes, Builder::skipSchemaValidation, Builder::enableDns), true);
        ValuesFlags.declare(flags, Builder::values);
        flags.stringArray("-s, --show-only", "only show manifests rendered from the given templates",
                Builder::showOnly);
        flags.string("--output-dir", "writes the executed templates to files in output-dir instead of stdout",
                (b, v) -> b.outputDir(v == null ? null : Path.of(v)));
        validate = flags.bool("--validate", "deprecated", null)
                .deprecated("use '--dry-run=server' instead");
        flags.bool("--include-crds", "include CRDs in the templated output", Builder::includeCrds);
        flags.bool("--skip-tests", "skip tests from templated output", Builder::skipTests);
        flags.bool("--is-upgrade", "set .Release.IsUpgrade instead of .Release.IsInstall", Builder::isUpgrade);
        flags.string("--kube-version", "Kubernetes version used for Capabilities.KubeVersion", Builder::kubeVersion);
        flags.strings("-a, --api-versions", "Kubernetes api versions used for Capabilities.APIVersions (multiple can "
                + "be specified)", Builder::apiVersions);
        flags.bool("--release-name", "use release name in the output-dir path.", Builder::useReleaseName);
        dryRun = flags.string("--dry-run", "simulates the operation either client-side or server-side. Must be either: "
                + "\"client\", or \"server\". '--dry-run=client simulates the operation client-side only and avoids "
                + "cluster connections. '--dry-run=server' simulates/validates the operation on the server, requiring "
                + "cluster connectivity.", null).noOptDefVal("unset").defValue("client");
        flags.exclusive(validate, dryRun);
        postRenderer = flags.stringArray("--post-renderer", "the name of a postrenderer type plugin to be used for "
                + "post rendering. If it exists, the plugin will be used", null)
                .typeName("postRendererString").defValue("");
        postRendererArgs = flags.stringArray("--post-renderer-args", "an argument to the post-renderer (can specify "
                + "multiple)", null).typeName("postRendererArgsSlice");
        templateFuncs = TemplateFuncFlags.declare(flags);
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.atLeast(this, 1);
        toOptions(settings()); // Helm checks the arguments before it looks for the chart
        io.helm4j.action.DryRun strategy = dryRunStrategy(true);
        boolean server = strategy == io.helm4j.action.DryRun.SERVER;
        io.helm4j.action.ActionContext context = TemplateFuncFlags.apply(this,
                server ? SdkContext.withCluster(spec) : SdkContext.of(spec), templateFuncs, false).build();
        // Helm's settings.Namespace(): with the cluster, the kubeconfig's when -n is not given
        String ns = settings().effectiveNamespace();
        if (server && settings().namespace().isEmpty()) {
            try {
                ns = context.kube().namespace();
            } catch (io.helm4j.Helm4jException noCluster) {
                // the template action reports it, as Helm's reachability check
            }
        }
        TemplateOptions options = toOptions(settings(), install.chart.locateLast(this, args), ns, strategy);
        RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again

        TemplateResult result = new Template(context).run(options);
        PrintWriter out = out();
        for (Path p : result.written()) {
            out.println("wrote " + p);
        }
        out.print(result.output());
        out.flush();
        return 0;
    }

    TemplateOptions toOptions(HelmSettings settings) {
        return toOptions(settings, args, settings.effectiveNamespace(), dryRunStrategy(false));
    }

    private TemplateOptions toOptions(HelmSettings settings, List<String> arguments, String namespace,
            io.helm4j.action.DryRun strategy) {
        return flags.fill(TemplateOptions.builder())
                .args(arguments)
                .namespace(namespace)
                .debug(settings.debug())
                .postRenderer(postRenderer())
                .dryRun(strategy)
                .build();
    }

    /** Helm's {@code cmdGetDryRunFlagStrategy} for {@code template}, which is always a dry run; {@code --validate}: server. */
    private io.helm4j.action.DryRun dryRunStrategy(boolean warn) {
        if (Boolean.TRUE.equals(validate.value())) {
            return io.helm4j.action.DryRun.SERVER;
        }
        String v = dryRun.value() == null ? "client" : dryRun.value();
        switch (v) {
            case "unset" -> {
                if (warn) {
                    err().println("level=WARN msg=\"--dry-run is deprecated and should be replaced with '--dry-run=client'\"");
                    err().flush();
                }
                return io.helm4j.action.DryRun.CLIENT;
            }
            case "client" -> {
                return io.helm4j.action.DryRun.CLIENT;
            }
            case "server" -> {
                return io.helm4j.action.DryRun.SERVER;
            }
            default -> {
            }
        }
        Boolean b = switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
        if (v.equals("none") || Boolean.FALSE.equals(b)) {
            throw new io.helm4j.Helm4jException("invalid dry-run value (\"" + v + "\"). Must be \"server\" or \"client\"");
        }
        if (b == null) {
            throw new io.helm4j.Helm4jException("invalid dry-run value (\"" + v
                    + "\"). Must be \"none\", \"server\", or \"client\"");
        }
        if (warn) {
            err().println("level=WARN msg=\"boolean '--dry-run=" + v + "' flag is deprecated and must be replaced "
                    + "with '--dry-run=client'\"");
            err().flush();
        }
        return io.helm4j.action.DryRun.CLIENT;
    }

    /** Helm 4's --post-renderer flag: none, or a postrenderer/v1 plugin. */
    private PostRenderer postRenderer() {
        return PostRendererFlags.of(this, postRenderer.value(), postRendererArgs.value());
    }

}
