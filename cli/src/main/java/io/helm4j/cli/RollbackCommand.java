package io.helm4j.cli;

import static io.helm4j.cli.ReleaseFlags.on;

import io.helm4j.Helm4jException;
import io.helm4j.action.Rollback;
import io.helm4j.action.RollbackOptions;
import java.io.PrintWriter;

/** {@code helm4j rollback <RELEASE> [REVISION]}: roll a release back to an earlier revision, as Helm 4. */
public final class RollbackCommand extends HelmCommand<RollbackOptions.Builder> {
    private final Flag<String> description;
    private final Flag<Boolean> forceReplace;
    private final Flag<Boolean> force;
    private final Flag<Boolean> forceConflicts;
    private final Flag<String> serverSide;
    private final Flag<Boolean> noHooks;
    private final Flag<Boolean> cleanupOnFail;
    private final Flag<Integer> historyMax;
    private final Flag<String> dryRun;
    private final WaitFlags wait;

    RollbackCommand() {
        super("rollback <RELEASE> [REVISION]", "roll back a release to a previous revision");
        description = flags.string("--description", "add a custom description for the rollback (max "
                + RollbackOptions.MAX_DESCRIPTION_LENGTH + " characters)", null);
        forceReplace = flags.bool("--force-replace", "force resource updates by replacement", null);
        force = flags.bool("--force", "deprecated", null).deprecated("use --force-replace instead");
        forceConflicts = flags.bool("--force-conflicts", "if set server-side apply will force changes against "
                + "conflicts", null);
        serverSide = ReleaseFlags.serverSide(flags);
        noHooks = flags.bool("--no-hooks", "prevent hooks from running during rollback", null);
        wait = WaitFlags.declare(flags);
        cleanupOnFail = flags.bool("--cleanup-on-fail", "allow deletion of new resources created in this rollback when "
                + "rollback fails", null);
        historyMax = ReleaseFlags.historyMax(flags);
        dryRun = ReleaseFlags.dryRun(flags);
        flags.exclusive(forceReplace, forceConflicts);
        flags.exclusive(force, forceConflicts);
    }

    @Override
    int execute() {
        flags.check();
        wait.warnDeprecated(err());
        HelmArgs.atLeast(this, 1);
        RollbackOptions.Builder b = RollbackOptions.builder().releaseName(args.get(0))
                .namespace(settings().namespace());
        if (args.size() > 1) {
            try {
                b.revision(Integer.parseInt(args.get(1)));
            } catch (NumberFormatException e) {
                throw new Helm4jException("could not convert revision to a number: strconv.Atoi: parsing "
                        + io.helm4j.gostd.Strconv.quote(args.get(1)) + ": invalid syntax");
            }
        }
        b.description(description.value()).forceReplace(on(forceReplace) || on(force))
                .forceConflicts(on(forceConflicts)).serverSide(ReleaseFlags.serverSide(serverSide))
                .disableHooks(on(noHooks)).cleanupOnFail(on(cleanupOnFail))
                .historyMax(ReleaseFlags.historyMax(historyMax, settings()))
                .dryRun(ReleaseFlags.dryRun(dryRun, err()));
        RollbackOptions options = wait.applyTo(b).build();
        new Rollback(SdkContext.withCluster(spec).build()).run(options);
        PrintWriter out = out();
        out.print("Rollback was a success! Happy Helming!\n");
        out.flush();
        return 0;
    }
}
