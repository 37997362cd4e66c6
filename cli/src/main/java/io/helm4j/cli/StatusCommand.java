package io.helm4j.cli;

import io.helm4j.action.Status;
import io.helm4j.action.StatusOptions;

/**
 * {@code helm4j status RELEASE_NAME}: the release summary as Helm 4 prints it. Helm 4's table also lists
 * the release's live resources (RESOURCES:), which helm4j does not print yet.
 */
public final class StatusCommand extends HelmCommand<Void> {
    private final Flag<String> output;
    private final Flag<Integer> revision;

    StatusCommand() {
        super("status RELEASE_NAME", "display the status of the named release");
        output = OutputFormat.flag(flags);
        revision = flags.integer("--revision", Flag.Kind.INT, 0, "if set, display the status of the named release "
                + "with revision", null);
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.exactly(this, 1);
        String format = OutputFormat.parse(output.value()).flagValue();
        var release = new Status(SdkContext.withCluster(spec).build())
                .run(new StatusOptions(args.get(0), settings().namespace(), revision.value())).release();
        ReleasePrinter.print(out(), release, format, false, false);
        return 0;
    }
}
