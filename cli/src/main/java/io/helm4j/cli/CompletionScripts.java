package io.helm4j.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Fish and PowerShell completion scripts generated from the command model (picocli covers bash and zsh). */
final class CompletionScripts {
    private CompletionScripts() {
    }

    static String fish(String name, CommandLine root) {
        StringBuilder sb = new StringBuilder("# fish completion for ").append(name).append('\n');
        sb.append("complete -c ").append(name).append(" -f\n");
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            String desc = firstLine(e.getValue().getCommandSpec().usageMessage().description());
            sb.append("complete -c ").append(name).append(" -n '__fish_use_subcommand' -a ").append(e.getKey())
                    .append(" -d '").append(desc.replace("'", "\\'")).append("'\n");
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                for (String n : o.names()) {
                    if (n.startsWith("--")) {
                        sb.append("complete -c ").append(name).append(" -n '__fish_seen_subcommand_from ")
                                .append(e.getKey()).append("' -l ").append(n.substring(2)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    static String powershell(String name, CommandLine root) {
        StringBuilder sb = new StringBuilder("# powershell completion for ").append(name).append('\n');
        sb.append("Register-ArgumentCompleter -Native -CommandName '").append(name).append("' -ScriptBlock {\n");
        sb.append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        sb.append("    $commands = @(");
        boolean first = true;
        for (String sub : root.getSubcommands().keySet()) {
            if (root.getSubcommands().get(sub).getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            sb.append(first ? "" : ", ").append('\'').append(sub).append('\'');
            first = false;
        }
        sb.append(")\n");
        sb.append("    $commands | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n");
        sb.append("        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n");
        sb.append("    }\n}\n");
        return sb.toString();
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0];
    }
}
