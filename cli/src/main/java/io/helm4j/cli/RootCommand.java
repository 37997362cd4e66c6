package io.helm4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j}: the root command and its global flags. */
public final class RootCommand implements Runnable {
    CommandSpec spec;

    final GlobalOptions global = new GlobalOptions();

    boolean help;

    final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The root command's model: its help text, the global flags and {@code -h, --help}. */
    CommandSpec model() {
        Specs s = Specs.command(this, "helm4j").description("The Kubernetes package manager, on the JVM.", "",
                "helm4j is a drop-in for Helm 4: same commands, flags, output and release records.");
        global.declare(s);
        s.option("-h, --help", "help for this command").inherited().usageHelp().bool(() -> help, v -> help = v);
        spec = s.spec();
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with every subcommand (help, completion, tests). */
    static CommandLine commandLine(CliContext context) {
        return commandLine(context, new String[0]);
    }

    /** The command line with only the subcommand {@code args} name, when it names one. */
    static CommandLine commandLine(CliContext context, String[] args) {
        CommandLine cl = new CommandLine(new RootCommand(context).model());
        cl.setCommandName(context.commandName());
        Subcommands.register(cl, args);
        // pflag lets a flag be given again, the last value winning (set after the subcommands are added:
        // picocli applies a setting to the commands it has at the time)
        cl.setOverwrittenOptionsAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> ErrorReporter.report(ex, line));
        cl.setParameterExceptionHandler((ex, rest) -> {
            CommandLine at = ex.getCommandLine();
            at.getErr().println("Error: " + FlagErrors.message(ex, rest));
            if (FlagErrors.isUnknownCommand(ex)) {
                at.getErr().println("Run '" + at.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            at.getErr().flush();
            return 2;
        });
        return cl;
    }
}
