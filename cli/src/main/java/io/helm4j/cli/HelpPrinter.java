package io.helm4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * A command's help as {@code helm COMMAND --help} prints it: cobra's help and usage layout (long
 * description, Usage, Aliases, Available Commands, Flags, Global Flags, the "Use ... --help" footer)
 * and pflag's flag table. The texts are Helm's; the command path is the program's name, so a
 * {@code helm} link prints Helm's help byte for byte. Long descriptions are read from
 * {@code help/PATH.txt} only when help is printed.
 */
final class HelpPrinter {
    /** Cobra's {@code minNamePadding}. */
    private static final int MIN_NAME_PADDING = 11;

    private HelpPrinter() {
    }

    static void print(CommandLine line) {
        PrintWriter out = line.getOut();
        out.print(help(line));
        out.flush();
    }

    /** Cobra's help: the long description (else the short one), a blank line, then the usage. */
    static String help(CommandLine line) {
        String text = trimRight(longText(line));
        return (text.isEmpty() ? "" : text + "\n\n") + usage(line);
    }

    /** Cobra's usage template. */
    static String usage(CommandLine line) {
        HelmCommand<?> c = line.getCommand();
        String path = line.getCommandSpec().qualifiedName();
        List<CommandLine> subs = availableSubcommands(line);
        StringBuilder sb = new StringBuilder("Usage:");
        if (c.runnable()) {
            sb.append("\n  ").append(HelmArgs.useLine(c));
        }
        if (!subs.isEmpty()) {
            sb.append("\n  ").append(path).append(" [command]");
        }
        if (c.aliases.length > 0) {
            sb.append("\n\nAliases:\n  ").append(c.name()).append(", ").append(String.join(", ", c.aliases));
        }
        if (!subs.isEmpty()) {
            sb.append("\n\nAvailable Commands:");
            int padding = MIN_NAME_PADDING;
            for (CommandLine sub : subs) {
                padding = Math.max(padding, sub.getCommandName().length());
            }
            for (CommandLine sub : subs) {
                HelmCommand<?> s = sub.getCommand();
                sb.append("\n  ").append(String.format("%-" + padding + "s", s.name())).append(' ').append(s.shortText);
            }
        }
        CliContext ctx = Commands.root(line.getCommandSpec()).context;
        List<Flag<?>> local = new ArrayList<>(c.flags.all());
        local.add(new Flag<>("-h, --help", Flag.Kind.BOOL, "help for " + (line.getParent() == null ? path : c.name()),
                false));
        sb.append("\n\nFlags:\n").append(trimRight(FlagTable.render(local, ctx)));
        if (line.getParent() != null) {
            sb.append("\n\nGlobal Flags:\n")
                    .append(trimRight(FlagTable.render(Commands.root(line.getCommandSpec()).flags.all(), ctx)));
        }
        if (!subs.isEmpty()) {
            sb.append("\n\nUse \"").append(path).append(" [command] --help\" for more information about a command.");
        }
        return sb.append('\n').toString();
    }

    /** The subcommands help lists, by name: not hidden, and runnable or with subcommands of their own. */
    private static List<CommandLine> availableSubcommands(CommandLine line) {
        Set<CommandLine> distinct = new LinkedHashSet<>(line.getSubcommands().values());
        List<CommandLine> out = new ArrayList<>();
        for (CommandLine sub : distinct) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                out.add(sub);
            }
        }
        out.sort(Comparator.comparing(CommandLine::getCommandName));
        return out;
    }

    /** Helm's long description of the command, else its short one. */
    private static String longText(CommandLine line) {
        HelmCommand<?> c = line.getCommand();
        String generated = c.longText(line);
        if (generated != null) {
            return generated;
        }
        String key = line.getParent() == null ? "root"
                : line.getCommandSpec().qualifiedName("_").substring(
                        Commands.root(line.getCommandSpec()).spec.name().length() + 1);
        try (InputStream in = HelpPrinter.class.getResourceAsStream("help/" + key + ".txt")) {
            return in == null ? c.shortText : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Go's {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
    static String trimRight(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
