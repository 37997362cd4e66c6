package io.helm4j.cli;

import io.helm4j.action.Status;
import io.helm4j.action.StatusOptions;

/**
 * {@code helm4j status RELEASE_NAME}: the release summary as Helm 4 prints it; its table lists the release's
 * live resources (RESOURCES:) as the server's tables, with the pods their selectors match.
 */
public final class StatusCommand extends HelmCommand<Void> {
    private final Flag<String> output;
    private final Flag<Integer> revision;
    private final Flag<Boolean> drift;

    StatusCommand() {
        super("status RELEASE_NAME", "display the status of the named release");
        output = OutputFormat.flag(flags);
        revision = flags.integer("--revision", Flag.Kind.INT, 0, "if set, display the status of the named release "
                + "with revision", null);
        // beyond Helm: listed in helm4j's help, not when run as helm (see `helm4j drift --help`)
        drift = flags.bool("--drift", "(helm4j) also show the fields of the release's objects changed outside Helm",
                null).beyondHelm();
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.exactly(this, 1);
        String format = OutputFormat.parse(output.value()).flagValue();
        // as Helm 4 (and kubectl): the live resources as tables for the table output, as objects for JSON and YAML
        boolean table = format.equals("table");
        if (Boolean.TRUE.equals(drift.value()) && !table) {
            throw new io.helm4j.UsageException("--drift prints a table; for JSON or YAML use: helm4j drift "
                    + args.get(0) + " -o " + format);
        }
        var result = new Status(SdkContext.withCluster(spec).build()).run(new StatusOptions(args.get(0),
                settings().namespace(), revision.value(),
                table ? StatusOptions.Resources.TABLES : StatusOptions.Resources.OBJECTS));
        if (table) {
            ReleasePrinter.printStatus(out(), result.release(), ResourcesPrinter.render(result.resources()));
        } else {
            String json = StatusJson.json(result.release(), result.resources());
            out().print(format.equals("json") ? json + "\n"
                    : io.helm4j.yaml.GoYaml.toYaml(io.helm4j.yaml.GoYaml.load(json)));
            out().flush();
        }
        if (Boolean.TRUE.equals(drift.value())) {
            var report = new io.helm4j.action.Drift(SdkContext.withCluster(spec).build()).run(
                    io.helm4j.action.DriftOptions.check(args.get(0), settings().namespace())).report();
            out().print("DRIFT:\n" + io.helm4j.diff.DriftFormat.render(report, "table"));
            out().flush();
        }
        return 0;
    }
}
