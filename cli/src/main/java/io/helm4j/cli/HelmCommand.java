package io.helm4j.cli;

import io.helm4j.events.EventSink;
import io.helm4j.settings.HelmSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A helm4j command as Helm declares a cobra command: its use line ({@code "template [NAME] [CHART]"}),
 * short description and aliases; its long description is Helm's, read from
 * {@code help/PATH.txt} only when help is printed. Subclasses declare their flags on {@link #flags}
 * (each once, with where its value goes in the SDK options builder {@code B}) and do their work in
 * {@link #execute()}: build the options, make one SDK call, render the result. Commands that only
 * group subcommands ({@code show}, {@code dependency}) print their help, as cobra does.
 *
 * <p>The picocli model is built in code from these declarations, without reflection.
 */
abstract class HelmCommand<B> implements Callable<Integer> {
    final String use;
    final String shortText;
    final String[] aliases;
    final Flags<B> flags = new Flags<>();
    /** The positional arguments; each command checks their count as Helm does ({@link HelmArgs}). */
    List<String> args = new ArrayList<>();
    CommandSpec spec;
    private final List<HelmCommand<?>> subcommands = new ArrayList<>();

    HelmCommand(String use, String shortText, String... aliases) {
        this.use = use;
        this.shortText = shortText;
        this.aliases = aliases;
    }

    /** The command's name: the first word of its use line. */
    final String name() {
        int space = use.indexOf(' ');
        return space < 0 ? use : use.substring(0, space);
    }

    /** A subcommand ({@code show all}, {@code dependency list}). */
    final void subcommand(HelmCommand<?> sub) {
        subcommands.add(sub);
    }

    /** True for a command that runs; false for one that only groups subcommands (it prints its help). */
    boolean runnable() {
        return subcommands.isEmpty();
    }

    /** A long description made at run time (cobra's help command's), else null: Helm's, from help/PATH.txt. */
    String longText(picocli.CommandLine line) {
        return null;
    }

    /**
     * True when the command takes positional arguments: every command but the root (whose unknown words
     * are unknown commands); a command that groups others prints its help whatever words follow, as cobra's.
     */
    boolean takesArguments() {
        return true;
    }

    /** True for cobra's hidden commands ({@code __complete}): not listed in help. */
    boolean hidden() {
        return false;
    }

    /** The picocli model of this command and its subcommands, from the declarations. */
    CommandSpec model() {
        spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(name());
        spec.aliases(aliases);
        spec.usageMessage().description(shortText).hidden(hidden());
        flags.declareOn(spec);
        if (takesArguments()) {
            spec.addPositional(PositionalParamSpec.builder().paramLabel("ARGS").arity("0..*").required(false)
                    .type(List.class).auxiliaryTypes(String.class)
                    .getter(new Binding(this)).setter(new Binding(this)).initialValue(args).build());
        }
        for (HelmCommand<?> sub : subcommands) {
            spec.addSubcommand(sub.name(), sub.model());
        }
        return spec;
    }

    @Override
    public final Integer call() throws Exception {
        if (!runnable()) {
            HelpPrinter.print(spec.commandLine());
            return 0;
        }
        String fatal = DriverInit.failure(context().env(), Path.of(""));
        if (fatal != null) {
            err().println(DriverInit.fatalLine(fatal));
            err().flush();
            return 1;
        }
        return execute();
    }

    /** Does the command's work and returns its exit code; errors are thrown, for {@link ErrorReporter}. */
    abstract int execute() throws Exception;

    final RootCommand root() {
        return Commands.root(spec);
    }

    final CliContext context() {
        return root().context;
    }

    /** The settings: the environment's, with the global flags laid over them. */
    final HelmSettings settings() {
        RootCommand root = root();
        return root.context.settings(root.global);
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The SDK's events, printed on stderr as Helm prints its warnings. */
    final EventSink events() {
        return EventPrinter.to(err());
    }

    /** The positional arguments as picocli's getter and setter. */
    private static final class Binding implements picocli.CommandLine.Model.IGetter,
            picocli.CommandLine.Model.ISetter {
        private final HelmCommand<?> command;

        Binding(HelmCommand<?> command) {
            this.command = command;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) command.args;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = (R) command.args;
            command.args = (List<String>) value;
            return old;
        }
    }
}
