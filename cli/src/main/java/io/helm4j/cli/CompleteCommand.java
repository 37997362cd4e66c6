package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.ShowFormat;
import io.helm4j.events.EventSink;
import io.helm4j.repo.ChartVersion;
import io.helm4j.repo.IndexFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Cobra's hidden {@code __complete} / {@code __completeNoDesc} command, which Helm's shell
 * completion scripts call: it prints the choices for the last word, one a line (with a tab and a
 * description unless NoDesc), then {@code :DIRECTIVE}, and names the directive on stderr.
 *
 * <p>What helm4j completes so far: subcommand names, and the values of {@code --version} on
 * {@code template} and {@code show *} from the cached repository indexes (Helm's
 * {@code compVersionFlag}). Anything else answers no choices with the default directive, so the
 * shell falls back to completing file names.
 */
final class CompleteCommand extends HelmCommand<Void> {
    private static final int DEFAULT = 0;
    private static final int NO_FILE_COMP = 4;
    private static final Set<String> SHOW_PARTS = Set.of("all", "chart", "readme", "values", "crds");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final boolean descriptions;

    CompleteCommand(String name) {
        super(name + " [command-line]", "Request shell completion choices for the specified command-line");
        this.descriptions = name.equals("__complete");
    }

    @Override
    boolean hidden() {
        return true;
    }

    @Override
    CommandSpec model() {
        CommandSpec s = super.model();
        s.parser().unmatchedOptionsArePositionalParams(true);
        return s;
    }

    private record Choices(List<String> items, int directive) {
    }

    @Override
    int execute() {
        List<String> words = args;
        String toComplete = words.isEmpty() ? "" : words.get(words.size() - 1);
        List<String> before = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
        Choices c = complete(before, toComplete);
        PrintWriter out = spec.commandLine().getOut();
        for (String item : c.items()) {
            String line = descriptions ? item : item.split("\t", 2)[0];
            out.println(line.split("\n", 2)[0].strip());
        }
        out.println(":" + c.directive());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Completion ended with directive: "
                + (c.directive() == NO_FILE_COMP ? "ShellCompDirectiveNoFileComp" : "ShellCompDirectiveDefault"));
        err.flush();
        return 0;
    }

    private Choices complete(List<String> before, String toComplete) {
        List<String> positionals = new ArrayList<>();
        int i = skipFlags(before, 0, null, positionals);
        if (positionals.isEmpty()) {
            return commandNames(toComplete);
        }
        String command = positionals.get(0);
        positionals.clear();
        boolean versionFlag = !before.isEmpty() && before.get(before.size() - 1).equals("--version");
        if (command.equals("template") && versionFlag) {
            CommandSpec template = new TemplateCommand().model();
            skipFlags(before, i, template, positionals);
            boolean generateName = before.subList(i, before.size()).stream()
                    .anyMatch(w -> w.equals("-g") || w.equals("--generate-name") || w.equals("--generate-name=true"));
            int required = generateName ? 1 : 2;
            return positionals.size() == required ? versions(positionals.get(required - 1))
                    : new Choices(List.of(), NO_FILE_COMP);
        }
        if ((command.equals("show") || command.equals("inspect")) && versionFlag) {
            List<String> rest = new ArrayList<>();
            int j = skipFlags(before, i, null, rest);
            if (rest.isEmpty() || !SHOW_PARTS.contains(rest.get(0))) {
                return new Choices(List.of(), DEFAULT);
            }
            List<String> chart = new ArrayList<>();
            skipFlags(before, j, new ShowCommand.Part("all [CHART]", "", ShowFormat.ALL).model(), chart);
            return chart.size() == 1 ? versions(chart.get(0)) : new Choices(List.of(), NO_FILE_COMP);
        }
        return new Choices(List.of(), DEFAULT);
    }

    private Choices commandNames(String prefix) {
        List<String> out = new ArrayList<>();
        CommandSpec root = Commands.root(spec).spec;
        for (String name : Subcommands.names()) {
            if (name.startsWith(prefix)) {
                CommandSpec sub = root.subcommands().containsKey(name) ? root.subcommands().get(name).getCommandSpec()
                        : null;
                String[] desc = sub == null ? new String[0] : sub.usageMessage().description();
                out.add(desc.length == 0 ? name : name + "\t" + desc[0]);
            }
        }
        return new Choices(out, NO_FILE_COMP);
    }

    /**
     * Reads words from {@code from}: flags (and the values of flags that take one) are skipped, other
     * words are added to {@code positionals} until the first one when {@code command} is null (the
     * next command word), else all of them. Returns the index after the last word read.
     */
    private static int skipFlags(List<String> words, int from, CommandSpec command, List<String> positionals) {
        int i = from;
        while (i < words.size()) {
            String w = words.get(i);
            if (w.equals("--")) {
                if (command != null) {
                    positionals.addAll(words.subList(i + 1, words.size()));
                }
                return words.size();
            }
            if (w.startsWith("-") && w.length() > 1) {
                if (!w.contains("=") && takesValue(w, command)) {
                    i++;
                }
                i++;
                continue;
            }
            positionals.add(w);
            i++;
            if (command == null) {
                return i;
            }
        }
        return i;
    }

    private static boolean takesValue(String flag, CommandSpec command) {
        if (Subcommands.valuedGlobal(flag)) {
            return true;
        }
        OptionSpec o = command == null ? null : command.findOption(flag);
        return o != null && o.arity().min() > 0;
    }

    /** Helm's {@code compVersionFlag}: the versions of REPO/CHART in the cached index, newest first. */
    private Choices versions(String chartRef) {
        String[] parts = chartRef.split("/", -1);
        if (parts.length != 2) {
            return new Choices(List.of(), NO_FILE_COMP);
        }
        Path cache = Path.of(settings().repositoryCache());
        List<String> out = new ArrayList<>();
        try {
            for (ChartVersion v : IndexFile.load(IndexFile.cachePath(cache, parts[0]), EventSink.discard())
                    .versions(parts[1])) {
                String app = v.metadata().appVersion();
                String created = v.created() == null ? "January 1, 0001" : v.created().format(CREATED);
                out.add(v.version() + "\t" + (app == null || app.isEmpty() ? "" : "App: " + app + ", ")
                        + "Created: " + created + " " + (v.metadata().deprecated() ? "(deprecated)" : ""));
            }
        } catch (Helm4jException e) {
            // no index for that repository: no choices, as Helm
        }
        return new Choices(out, NO_FILE_COMP);
    }
}
