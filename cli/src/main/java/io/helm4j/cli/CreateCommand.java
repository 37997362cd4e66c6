package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Create;
import io.helm4j.action.CreateOptions;
import io.helm4j.action.CreateOptions.Builder;
import java.io.PrintWriter;

/** {@code helm4j create NAME}: its flags fill {@link CreateOptions.Builder}. */
public final class CreateCommand extends HelmCommand<Builder> {
    CreateCommand() {
        super("create NAME", "create a new chart with the given name");
        flags.string("-p, --starter", "the name or absolute path to Helm starter scaffold", Builder::starter);
        flags.string("--chart-api-version", "chart API version to use (v2 or v3)", CreateCommand::checkApiVersion)
                .defValue("v2").hidden();
    }

    /** helm4j scaffolds v2 charts only; Helm 4 also has v3 behind a feature gate. */
    private static void checkApiVersion(Builder unused, String apiVersion) {
        if (apiVersion != null && !apiVersion.equals("v2")) {
            throw new UsageException("--chart-api-version " + apiVersion + ": helm4j creates v2 charts only for now");
        }
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 1);
        Builder builder = flags.fill(CreateOptions.builder()).startersDir(settings().paths().dataPath("starters"));
        String name = args.get(0);
        PrintWriter out = out();
        out.println("Creating " + name);
        out.flush();
        new Create(SdkContext.of(spec).build()).run(builder.argument(name).build());
        return 0;
    }
}
