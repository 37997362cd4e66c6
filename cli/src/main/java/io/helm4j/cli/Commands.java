package io.helm4j.cli;

import picocli.CommandLine;

/** Shared helpers for commands: the root command of a command line. */
final class Commands {
    private Commands() {
    }

    static RootCommand root(CommandLine.Model.CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        while (cl.getParent() != null) {
            cl = cl.getParent();
        }
        return (RootCommand) cl.getCommand();
    }
}
