package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.TemplateRenderException;
import io.helm4j.engine.RenderException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The single error printer at the CLI boundary, for errors of parsing and of running alike:
 * {@code Error: message} as Helm prints it, then the
 * source line of a template error; the stack trace only with {@code --debug}. A rendering error
 * prints as Helm's template command does: with debug, the manifests rendered so far go to stdout
 * first, and no stack trace follows (Helm prints none).
 */
final class ErrorReporter {
    private ErrorReporter() {
    }

    static int report(Exception ex, CommandLine line) {
        PrintWriter err = line.getErr();
        RootCommand root = (RootCommand) root(line).getCommand();
        if (ex instanceof TemplateRenderException t && root.context.settings(root.global).debug()) {
            PrintWriter out = line.getOut();
            out.print(t.partialOutput());
            out.flush();
        }
        err.println("Error: " + ex.getMessage());
        if (ex.getCause() instanceof RenderException r && !r.excerpt().isEmpty()) {
            err.println();
            err.print(r.excerpt());
        } else if (!(ex instanceof TemplateRenderException) && root.global.debugFlag()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ex instanceof Helm4jException h ? h.exitCode() : 1;
    }

    /** A command line picocli could not parse, in the words of Helm's flag library; exit code 2. */
    static int reportParseError(CommandLine.ParameterException ex, String[] args) {
        CommandLine at = ex.getCommandLine();
        RootCommand.printPluginWarnings(at);
        PrintWriter err = at.getErr();
        err.println("Error: " + FlagErrors.message(ex, args));
        if (FlagErrors.isUnknownCommand(ex)) {
            err.println("Run '" + at.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return 2;
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

    private static CommandLine root(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }
}
