package io.helm4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Cobra's {@code help [command]}: the named command's help, as {@code COMMAND --help} prints it. */
final class HelpCommand extends HelmCommand<Void> {
    HelpCommand() {
        super("help [command]", "Help about any command");
    }

    @Override
    String longText(CommandLine line) {
        return "Help provides help for any command in the application.\nSimply type "
                + line.getParent().getCommandName() + " help [path to command] for full details.";
    }

    @Override
    int execute() {
        CommandLine root = spec.commandLine().getParent();
        CommandLine at = root;
        for (String word : args) {
            CommandLine next = at.getSubcommands().get(word);
            if (next == null) {
                break;
            }
            at = next;
        }
        if (at == root && !args.isEmpty()) {
            // cobra: the root's unknown command; the words after a known command are its arguments
            PrintWriter err = err();
            err.println("Unknown help topic [`" + String.join("` `", args) + "`]");
            err.print(HelpPrinter.usage(root));
            err.flush();
            return 0;
        }
        HelpPrinter.print(at);
        return 0;
    }
}
