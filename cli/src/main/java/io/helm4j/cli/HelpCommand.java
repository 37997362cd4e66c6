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
        CommandLine at = spec.commandLine().getParent();
        for (String word : args) {
            CommandLine next = word.startsWith("-") ? at : at.getSubcommands().get(word);
            if (next == null) {
                PrintWriter out = out();
                out.println("Unknown help topic [`" + String.join("` `", args) + "`]");
                out.print(HelpPrinter.usage(spec.commandLine().getParent()));
                out.flush();
                return 0;
            }
            at = next;
        }
        HelpPrinter.print(at);
        return 0;
    }
}
