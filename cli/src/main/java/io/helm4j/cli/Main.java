package io.helm4j.cli;

/**
 * The {@code helm4j} entry point: the only place that ends the process. It flushes the standard
 * streams and halts rather than calling {@link System#exit}: helm4j registers no shutdown hooks, and
 * {@code System.exit} would start the JDK's logging system just to log the exit (JDK 17+), which a
 * short command pays for in start-up time.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CliContext context = CliContext.fromProcess();
        if (talksToCluster(args)) {
            // the connection opened (or at least the TLS provider set up) on a thread of its own while picocli
            // builds and parses the command
            EarlyKube early = EarlyKube.start(context, args);
            if (early == null) {
                io.helm4j.kube.KubeClients.prepare();
            }
            context = context.withEarlyKube(early);
        }
        int code = plainVersion(args) ? printVersion(context, args.length == 2) : run(context, args);
        System.out.flush();
        System.err.flush();
        if (context.earlyKube() != null) {
            context.earlyKube().close(100);
        }
        Runtime.getRuntime().halt(code);
    }

    /**
     * {@code version} and {@code version --short} need no command model:
     * building picocli's (its converters, the global flags) is most of their cold start. Any other argument,
     * {@code --template} or a global flag, goes through picocli as every command does.
     */
    static boolean plainVersion(String[] args) {
        return args.length >= 1 && args.length <= 2 && args[0].equals("version")
                && (args.length == 1 || args[1].equals("--short")) && DriverInit.nothingToCheck(System.getenv("HELM_DRIVER"));
    }

    /** The commands that talk to a cluster (bin/helm4j starts them with the cluster AOT cache). */
    private static final java.util.Set<String> CLUSTER_COMMANDS = java.util.Set.of("install", "upgrade", "uninstall",
            "delete", "del", "un", "list", "ls", "status", "history", "hist", "get", "rollback", "test", "diff", "drift");

    static boolean talksToCluster(String[] args) {
        String name = Subcommands.commandName(args);
        return name != null && CLUSTER_COMMANDS.contains(name);
    }

    private static int printVersion(CliContext context, boolean shortForm) {
        java.util.List<io.helm4j.events.Event> warnings = PluginLoadWarnings.of(context);
        if (!warnings.isEmpty()) {
            java.io.PrintWriter err = new java.io.PrintWriter(System.err);
            PluginLoadWarnings.print(warnings, err);
        }
        System.out.print(VersionCommand.text(io.helm4j.BuildInfo.current(), shortForm));
        return 0;
    }

    /** Runs one command line in the given context and returns its exit code. */
    public static int run(CliContext context, String... args) {
        picocli.CommandLine line = RootCommand.commandLine(context, args);
        try {
            return line.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // resource exhaustion outside a template (which names its chart and template itself): one line too
            return ErrorReporter.exhausted(e, line, java.util.List.of(args).contains("--debug"));
        }
    }
}
