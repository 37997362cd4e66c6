package io.helm4j.cli;

import io.helm4j.Helm4jException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The single catch-all at the CLI boundary: {@code Error: message}, the stack trace only with --debug. */
final class ErrorReporter {
    private ErrorReporter() {
    }

    static int report(Exception ex, CommandLine line) {
        PrintWriter err = line.getErr();
        err.println("Error: " + ex.getMessage());
        if (debugRequested(line)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ex instanceof Helm4jException h ? h.exitCode() : 1;
    }

    /** An OutOfMemoryError or StackOverflowError that reached the command line: one line, exit 1. */
    static int exhausted(Error e, CommandLine line, boolean debug) {
        PrintWriter err = line.getErr();
        err.println("Error: " + (e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static boolean debugRequested(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Object cmd = root.getCommand();
        return cmd instanceof RootCommand r && Boolean.TRUE.equals(r.global.debug);
    }
}
