package io.helm4j.cli;

import io.helm4j.Helm4jException;
import picocli.CommandLine;

/** The {@code helm4j} entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        return cl.execute(args);
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof Helm4jException h ? h.exitCode() : 1;
    }
}
