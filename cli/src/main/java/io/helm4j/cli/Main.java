package io.helm4j.cli;

/** The {@code helm4j} entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(CliContext.fromProcess(), args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line in the given context and returns its exit code. */
    public static int run(CliContext context, String... args) {
        return RootCommand.commandLine(context, args).execute(args);
    }
}
