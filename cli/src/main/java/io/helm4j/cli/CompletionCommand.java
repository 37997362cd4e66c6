package io.helm4j.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;

/** {@code helm4j completion bash|zsh|fish|powershell}: shell completion scripts. */
public final class CompletionCommand extends HelmCommand<Void> {
    CompletionCommand() {
        super("completion", "generate autocompletion scripts for the specified shell");
        for (String shell : new String[] {"bash", "zsh", "fish", "powershell"}) {
            subcommand(new Shell(shell));
        }
    }

    @Override
    int execute() {
        throw new IllegalStateException("completion only groups its subcommands");
    }

    /** One shell's script. */
    static final class Shell extends HelmCommand<Void> {
        Shell(String shell) {
            super(shell, "generate autocompletion script for " + shell);
            flags.bool("--no-descriptions", "disable completion descriptions", null);
        }

        @Override
        int execute() {
            HelmArgs.none(this);
            CommandLine root = spec.commandLine().getParent().getParent();
            String name = root.getCommandName();
            PrintWriter out = out();
            switch (name()) {
                case "bash" -> out.print(AutoComplete.bash(name, root));
                case "zsh" -> out.print("#compdef " + name + "\nautoload -U +X bashcompinit && bashcompinit\n"
                        + AutoComplete.bash(name, root));
                case "fish" -> out.print(CompletionScripts.fish(name, root));
                default -> out.print(CompletionScripts.powershell(name, root));
            }
            out.flush();
            return 0;
        }
    }
}
