package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.UsageException;
import io.helm4j.action.DryRun;
import io.helm4j.action.Install;
import io.helm4j.action.InstallOptions;
import io.helm4j.action.InstallOptions.Builder;
import io.helm4j.action.InstallResult;
import java.util.List;

/** {@code helm4j install [NAME] [CHART]}: install a chart as a release, printed as Helm 4 prints it. */
public final class InstallCommand extends HelmCommand<Builder> {
    /** Whether {@code --dry-run}'s deprecation warning was printed (at most once a run). */
    private boolean dryRunWarned;
    private final InstallFlags install;
    private final Flag<String> dryRun;
    private final Flag<String> output;
    private final Flag<List<String>> postRenderer;
    private final Flag<List<String>> postRendererArgs;
    private final Flag<List<String>> templateFuncs;

    InstallCommand() {
        super("install [NAME] [CHART]", "install a chart");
        install = InstallFlags.declare(flags, new InstallFlags.Into<>(Builder::disableHooks, Builder::generateName,
                Builder::nameTemplate, Builder::subNotes, Builder::skipSchemaValidation, Builder::enableDns), false);
        ValuesFlags.declare(flags, Builder::values);
        dryRun = flags.string("--dry-run", "simulates the operation without persisting changes. Must be one of: "
                + "\"none\" (default), \"client\", or \"server\". '--dry-run=none' executes the operation normally and "
                + "persists changes (no simulation). '--dry-run=client' simulates the operation client-side only and "
                + "avoids cluster connections. '--dry-run=server' simulates the operation on the server, requiring "
                + "cluster connectivity.", null).noOptDefVal("unset").defValue("none");
        flags.bool("--hide-secret", "hide Kubernetes Secrets when also using the --dry-run flag", null);
        output = OutputFormat.flag(flags);
        postRenderer = flags.stringArray("--post-renderer", "the name of a postrenderer type plugin to be used for post "
                + "rendering. If it exists, the plugin will be used", null).typeName("postRendererString").defValue("");
        postRendererArgs = flags.stringArray("--post-renderer-args", "an argument to the post-renderer (can specify "
                + "multiple)", null).typeName("postRendererArgsSlice");
        templateFuncs = TemplateFuncFlags.declare(flags);
    }

    @Override
    int execute() {
        flags.check();
        install.wait.warnDeprecated(err());
        HelmArgs.atLeast(this, 1);
        InstallOptions options = toOptions(args);
        String format = OutputFormat.parse(output.value()).flagValue();
        InstallResult result;
        try {
            InstallOptions located = toOptions(install.chart.locateLast(this, args));
            RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again

            options = located;
            Install action = new Install(TemplateFuncFlags.apply(this, SdkContext.withCluster(spec), templateFuncs,
                    located.dryRun() == io.helm4j.action.DryRun.NONE).build());
            result = Interrupts.cancellable(out(), err(), located.args().getFirst(), "INSTALLATION FAILED: ", action::cancel,
                    () -> action.run(located));
        } catch (UsageException e) {
            throw e;
        } catch (Helm4jException e) {
            throw new Helm4jException("INSTALLATION FAILED: " + e.getMessage(), e);
        }
        ReleasePrinter.print(out(), result.release(), format, options.dryRun() != DryRun.NONE,
                Boolean.TRUE.equals(install.hideNotes.value()));
        return 0;
    }

    InstallOptions toOptions() {
        return toOptions(args);
    }

    private InstallOptions toOptions(List<String> arguments) {
        Builder b = flags.fill(InstallOptions.builder()).args(arguments).namespace(settings().namespace());
        b.postRenderer(PostRendererFlags.of(this, postRenderer.value(), postRendererArgs.value()));
        // the options are made twice (flags checked, then the chart located): Helm warns once
        b.dryRun(dryRunWarned ? ReleaseFlags.dryRun(dryRun) : ReleaseFlags.dryRun(dryRun, err()));
        dryRunWarned = true;
        b.createNamespace(Boolean.TRUE.equals(install.createNamespace.value()));
        b.description(install.description.value());
        b.skipCrds(Boolean.TRUE.equals(install.skipCrds.value()));
        b.takeOwnership(Boolean.TRUE.equals(install.takeOwnership.value()));
        b.forceConflicts(Boolean.TRUE.equals(install.forceConflicts.value()));
        b.serverSide(!Boolean.FALSE.equals(install.serverSide.value()));
        b.labels(ReleaseFlags.labels(install.labels.value()));
        b.rollbackOnFailure(ReleaseFlags.on(install.rollbackOnFailure) || ReleaseFlags.on(install.atomic));
        b.replace(ReleaseFlags.on(install.replace));
        return install.wait.applyTo(b).build();
    }
}
