package io.helm4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** {@code helm4j}: the root command, its global flags, and how a command line is run. */
public final class RootCommand extends HelmCommand<Void> {
    final GlobalFlags global = new GlobalFlags(flags);

    final CliContext context;
    /** Helm's warnings of the plugins that do not load, printed before the command runs. */
    private java.util.List<io.helm4j.events.Event> pluginWarnings = java.util.List.of();
    /** The WARN lines among them: Helm prints them again each time it collects its getters ({@code getter.All}). */
    private java.util.List<io.helm4j.events.Event> getterWarnings = java.util.List.of();

    RootCommand(CliContext context) {
        super(context.commandName(), "The Helm package manager for Kubernetes.");
        this.context = context;
    }

    @Override
    boolean runnable() {
        return false;
    }

    @Override
    boolean takesArguments() {
        return false;
    }

    @Override
    int execute() {
        throw new IllegalStateException("the root command only prints its help");
    }

    /** The root command's model: the global flags and {@code -h, --help}, inherited by every subcommand. */
    @Override
    CommandSpec model() {
        CommandSpec s = super.model();
        Flag<Boolean> help = new Flag<>("-h, --help", Flag.Kind.BOOL, "help for this command", false);
        s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT).type(boolean.class)
                .getter(help).setter(help).initialValue(false).build());
        return s;
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
        RootCommand rootCommand = (RootCommand) cl.getCommand();
        rootCommand.pluginWarnings = PluginLoadWarnings.of(context);
        rootCommand.getterWarnings = rootCommand.pluginWarnings.stream()
                .filter(e -> e instanceof io.helm4j.events.Event.Log l && l.level().equals("WARN")).toList();
        // pflag lets a flag be given again, the last value winning (set after the subcommands are added:
        // picocli applies a setting to the commands it has at the time)
        cl.setOverwrittenOptionsAllowed(true);
        cl.setExecutionStrategy(RootCommand::execute);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> ErrorReporter.report(ex, line));
        cl.setParameterExceptionHandler(ErrorReporter::reportParseError);
        // Go writes a string's bytes as they are, valid UTF-8 or not (GoStrings carries the invalid ones)
        cl.setOut(goWriter(System.out));
        cl.setErr(goWriter(System.err));
        return cl;
    }

    private static java.io.PrintWriter goWriter(java.io.PrintStream stream) {
        return new java.io.PrintWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(stream, io.helm4j.gostd.GoCharset.INSTANCE)), true);
    }

    /** Runs a parsed command line: pflag's deprecation notices, then Helm's help for {@code -h}, else the command. */
    private static int execute(ParseResult parsed) {
        printPluginWarnings(parsed.commandSpec().commandLine());
        ParseResult help = null;
        for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (help == null && p.isUsageHelpRequested()) {
                help = p;
            }
            deprecations(p);
        }
        if (help != null) {
            // the help of the command the flag was given to, as cobra: `helm --help template` is the root's
            HelpPrinter.print(help.commandSpec().commandLine());
            return 0;
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Helm's warnings of broken plugins, on the root's stderr (once). */
    static void printPluginWarnings(CommandLine any) {
        CommandLine root = any;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (root.getCommand() instanceof RootCommand r && !r.pluginWarnings.isEmpty()) {
            PluginLoadWarnings.print(r.pluginWarnings, root.getErr());
            r.pluginWarnings = java.util.List.of();
        }
    }

    /**
     * Helm's warnings of broken plugins again, where Helm collects its getters ({@code getter.All}: the values
     * merged by template, install, upgrade, lint and package; a chart reference that is not a local path; pull,
     * repo add, dependency update and build), which loads every plugin again (an error of two plugins of one name
     * is not printed there).
     */
    static void printGetterWarnings(CommandLine any) {
        CommandLine root = root(any);
        if (root.getCommand() instanceof RootCommand r) {
            PluginLoadWarnings.print(r.getterWarnings, root.getErr());
        }
    }

    /** True when {@link #printGetterWarnings} prints something (so a command need not work out whether to call it). */
    static boolean hasGetterWarnings(CommandLine any) {
        return root(any).getCommand() instanceof RootCommand r && !r.getterWarnings.isEmpty();
    }

    private static CommandLine root(CommandLine any) {
        CommandLine root = any;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /** pflag's notice for each deprecated flag given, on stderr. */
    private static void deprecations(ParseResult p) {
        for (OptionSpec o : p.matchedOptions()) {
            if (o.getter() instanceof Flag<?> f && f.deprecated != null) {
                CommandLine line = p.commandSpec().commandLine();
                line.getErr().println("Flag --" + f.longName + " has been deprecated, " + f.deprecated);
                line.getErr().flush();
            }
        }
    }
}
