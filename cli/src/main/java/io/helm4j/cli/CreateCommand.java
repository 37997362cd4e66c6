package io.helm4j.cli;

import io.helm4j.action.Create;
import io.helm4j.action.CreateOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j create NAME}. */
public final class CreateCommand implements Runnable {
    CommandSpec spec;

    List<String> args = new ArrayList<>();

    String starter;

    static CommandSpec model() {
        CreateCommand c = new CreateCommand();
        Specs s = Specs.command(c, "create").description("create a new chart with the given name")
                .footer("", "This command creates a chart directory along with the common files and",
                        "directories used in a chart.", "",
                        "For example, 'helm4j create foo' will create a directory structure that looks",
                        "something like this:", "",
                        "    foo/", "    ├── .helmignore   # Contains patterns to ignore when packaging Helm charts.",
                        "    ├── Chart.yaml    # Information about your chart",
                        "    ├── values.yaml   # The default values for your templates",
                        "    ├── charts/       # Charts that this chart depends on",
                        "    └── templates/    # The template files",
                        "        └── tests/    # The test files", "",
                        "If directories in the given path do not exist, Helm will attempt to create them.",
                        "If the given destination exists and there are files in that directory, conflicting",
                        "files will be overwritten, but other files will be left alone.");
        s.positionals("NAME", "0..*", null, () -> c.args, v -> c.args = v);
        s.option("-p, --starter", "the name or absolute path to Helm starter scaffold").label("<starter>")
                .string(() -> c.starter, v -> c.starter = v);
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public void run() {
        HelmArgs.exactly(spec, args, 1, "NAME");
        String name = args.get(0);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Creating " + name);
        out.flush();
        CreateOptions options = CreateOptions.fromArgument(name);
        if (starter != null && !starter.isEmpty()) {
            RootCommand root = Commands.root(spec);
            Path starters = root.context.settings(root.global).paths().dataPath("starters");
            options = CreateOptions.fromArgument(name, starter, starters);
        }
        new Create(SdkContext.of(spec).build()).run(options);
    }
}
