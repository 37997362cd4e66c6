package io.helm4j.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j completion bash|zsh|fish|powershell}: shell completion scripts. */
public final class CompletionCommand implements Runnable {
    CommandSpec spec;

    String shell;

    static CommandSpec model() {
        CompletionCommand c = new CompletionCommand();
        Specs s = Specs.command(c, "completion").description("generate autocompletion scripts for the specified shell")
                .footer("", "Generate autocompletion scripts for helm4j for the specified shell.");
        s.positional("SHELL", "1", "bash, zsh, fish or powershell", () -> c.shell, v -> c.shell = v);
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public void run() {
        CommandLine root = spec.commandLine().getParent();
        String name = root.getCommandName();
        PrintWriter out = spec.commandLine().getOut();
        switch (shell) {
            case "bash" -> out.print(AutoComplete.bash(name, root));
            case "zsh" -> out.print("#compdef " + name + "\nautoload -U +X bashcompinit && bashcompinit\n"
                    + AutoComplete.bash(name, root));
            case "fish" -> out.print(CompletionScripts.fish(name, root));
            case "powershell" -> out.print(CompletionScripts.powershell(name, root));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unsupported shell type \"" + shell + "\" (choose from bash, zsh, fish, powershell)");
        }
        out.flush();
    }
}
