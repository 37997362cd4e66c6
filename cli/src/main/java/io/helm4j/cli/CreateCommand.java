package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.action.Create;
import io.helm4j.action.CreateOptions;
import java.io.PrintWriter;

/** {@code helm4j create NAME}. */
public final class CreateCommand extends HelmCommand<Void> {
    private final Flag<String> starter;
    private final Flag<String> chartApiVersion;

    CreateCommand() {
        super("create NAME", "create a new chart with the given name");
        starter = flags.string("-p, --starter", "the name or absolute path to Helm starter scaffold", null);
        chartApiVersion = flags.string("--chart-api-version", "chart API version to use (v2 or v3)", null)
                .defValue("v2").hidden();
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 1);
        String apiVersion = chartApiVersion.value();
        if (apiVersion != null && !apiVersion.equals("v2")) {
            throw new UsageException("--chart-api-version " + apiVersion + ": helm4j creates v2 charts only for now");
        }
        String name = args.get(0);
        PrintWriter out = out();
        out.println("Creating " + name);
        out.flush();
        CreateOptions options = CreateOptions.fromArgument(name);
        String s = starter.value();
        if (s != null && !s.isEmpty()) {
            options = CreateOptions.fromArgument(name, s, settings().paths().dataPath("starters"));
        }
        new Create(SdkContext.of(spec).build()).run(options);
        return 0;
    }
}
