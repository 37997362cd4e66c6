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
        // as Helm 4 (and kubectl): the live resources as tables for the table output, as objects for JSON and YAML
        boolean table = format.equals("table");
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
        return 0;
    }
}
