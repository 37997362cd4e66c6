package io.helm4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code helm4j}: the root command and its global flags. */
@Command(name = "helm4j", mixinStandardHelpOptions = false,
        description = "The Kubernetes package manager, on the JVM.",
        subcommands = {VersionCommand.class})
public final class RootCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("Error: " + ex.getMessage());
            return Main.exitCodeOf(ex);
        });
        return cl;
    }
}
