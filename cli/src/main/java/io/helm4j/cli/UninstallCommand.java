package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.ActionContext;
import io.helm4j.action.Uninstall;
import io.helm4j.action.UninstallOptions;
import io.helm4j.action.UninstallResult;
import io.helm4j.kube.PropagationPolicy;
import java.io.PrintWriter;

/** {@code helm4j uninstall RELEASE_NAME [...]}: uninstall releases, printed as Helm 4 prints it. */
public final class UninstallCommand extends HelmCommand<Void> {
    private final Flag<String> cascade;
    private final Flag<Boolean> dryRun;
    private final Flag<Boolean> ignoreNotFound;
    private final Flag<String> description;
    private final Flag<Boolean> keepHistory;
    private final Flag<Boolean> noHooks;
    private final WaitFlags wait;

    UninstallCommand() {
        super("uninstall RELEASE_NAME [...]", "uninstall a release", "del", "delete", "un");
        cascade = flags.string("--cascade", "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion "
                + "cascading strategy for the dependents. Defaults to background. Use \"foreground\" with --wait to "
                + "ensure resources with finalizers are fully deleted before returning.", null).defValue("background");
        description = flags.string("--description", "add a custom description", null);
        dryRun = flags.bool("--dry-run", "simulate a uninstall", null);
        ignoreNotFound = flags.bool("--ignore-not-found", "Treat \"release not found\" as a successful uninstall", null);
        keepHistory = flags.bool("--keep-history", "remove all associated resources and mark the release as deleted, "
                + "but retain the release history", null);
        noHooks = flags.bool("--no-hooks", "prevent hooks from running during uninstallation", null);
        wait = WaitFlags.declare(flags, false);
    }

    @Override
    int execute() {
        flags.check();
        wait.warnDeprecated(err());
        HelmArgs.atLeast(this, 1);
        PropagationPolicy policy = switch (cascade.value() == null ? "background" : cascade.value()) {
            case "background" -> PropagationPolicy.BACKGROUND;
            case "orphan" -> PropagationPolicy.ORPHAN;
            case "foreground" -> PropagationPolicy.FOREGROUND;
            default -> throw new UsageException("invalid cascade value (" + cascade.value()
                    + "). Must be \"background\", \"foreground\", or \"orphan\"");
        };
        ActionContext context = SdkContext.withCluster(spec).build();
        PrintWriter out = out();
        for (String name : args) {
            UninstallResult r = new Uninstall(context).run(new UninstallOptions(name, settings().namespace(),
                    on(keepHistory), on(noHooks), on(ignoreNotFound), policy,
                    wait.timeout(), wait.strategy(), on(dryRun), description.value()));
            if (!r.info().isEmpty()) {
                out.println(r.info());
            }
            out.println("release \"" + name + "\" uninstalled"); // also for a release not found and ignored
        }
        out.flush();
        return 0;
    }

    private static boolean on(Flag<Boolean> f) {
        return Boolean.TRUE.equals(f.value());
    }
}
