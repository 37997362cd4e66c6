package io.helm4j.cli;

import io.helm4j.action.PluginRun;
import io.helm4j.action.PluginRunOptions;
import io.helm4j.events.EventSink;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginConfig;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.plugin.Plugins;
import io.helm4j.settings.HelmSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A {@code cli/v1} plugin as a {@code helm4j} subcommand, as Helm 4's {@code loadCLIPlugins} makes it: named by the
 * first word of its {@code usage} (else its name), every word after it passed to the plugin as written (flag
 * parsing disabled: {@code --help} too), except Helm's global flags that {@code manuallyProcessArgs} knows, which
 * set Helm's settings (and so the plugin's {@code HELM_*} variables) unless the plugin ignores flags.
 */
final class PluginCliCommand extends HelmCommand<Void> {
    /** The global flags Helm takes out of a plugin's arguments ({@code manuallyProcessArgs}), each with a value. */
    private static final Set<String> VALUED = Set.of("--kube-context", "--namespace", "-n", "--kubeconfig",
            "--kube-apiserver", "--kube-token", "--kube-as-user", "--kube-as-group", "--kube-ca-file",
            "--registry-config", "--repository-cache", "--repository-config", "--kube-insecure-skip-tls-verify",
            "--kube-tls-server-name");

    private final Plugin plugin;
    private final String longHelp;
    /** The whole command line, for the global flags given before the plugin's name. */
    private final String[] commandLine;

    private PluginCliCommand(Plugin plugin, String use, String shortHelp, String longHelp, String[] commandLine) {
        super(use, shortHelp);
        this.plugin = plugin;
        this.longHelp = longHelp;
        this.commandLine = commandLine;
    }

    static PluginCliCommand of(Plugin p, String[] commandLine) {
        PluginConfig.Cli c = p.metadata().config() instanceof PluginConfig.Cli cli ? cli
                : new PluginConfig.Cli("", "", "", false);
        String use = c.usage().isEmpty() ? p.name() : c.usage();
        String shortHelp = c.shortHelp().isEmpty() ? "the \"" + p.name() + "\" plugin" : c.shortHelp();
        return new PluginCliCommand(p, use, shortHelp, c.longHelp(), commandLine);
    }

    /** The {@code cli/v1} plugins of {@code $HELM_PLUGINS} (none under {@code HELM_NO_PLUGINS=1}), load errors dropped. */
    static List<Plugin> installed(CliContext context) {
        if ("1".equals(context.env().get("HELM_NO_PLUGINS"))) {
            return List.of();
        }
        try {
            HelmSettings s = HelmSettings.fromEnvironment(context.env(), context.userHome());
            EventSink quiet = e -> {
            };
            return Plugins.find(s.pluginsDirectory(), "", PluginMetadata.TYPE_CLI, quiet);
        } catch (RuntimeException e) {
            return List.of(); // Helm logs the error and adds no plugin command
        }
    }

    /** The plugin a command name names, or null. */
    static Plugin named(CliContext context, String name) {
        for (Plugin p : installed(context)) {
            if (of(p, new String[0]).name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Adds the command to {@code root} with flag parsing off: no inherited flag, every word an argument. */
    void addTo(CommandLine root) {
        CommandSpec s = model();
        s.parser().unmatchedOptionsArePositionalParams(true).endOfOptionsDelimiter("\u0000");
        root.addSubcommand(name(), s);
        CommandSpec added = root.getSubcommands().get(name()).getCommandSpec();
        for (OptionSpec o : new ArrayList<>(added.options())) {
            added.remove(o);
        }
        added.parser().unmatchedOptionsArePositionalParams(true).endOfOptionsDelimiter("\u0000");
    }

    @Override
    String longText(CommandLine line) {
        return longHelp.isEmpty() ? shortText : longHelp;
    }

    @Override
    int execute() {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        split(args, known, unknown);
        boolean ignoreFlags = plugin.metadata().config() instanceof PluginConfig.Cli c && c.ignoreFlags();
        HelmSettings settings = settingsWith(known);
        Map<String, String> helmEnv = settings.envVars(context().programName());
        Map<String, String> env = context().env();
        new PluginRun(SdkContext.of(spec).settings(settings).kube(() -> io.helm4j.kube.KubeClients.open(
                io.helm4j.kube.KubeClientOptions.from(settings), env)).build()).run(new PluginRunOptions(plugin,
                ignoreFlags ? List.of() : unknown, context().env(), helmEnv, PluginStreams.of(this)));
        return 0;
    }

    /** Helm's {@code manuallyProcessArgs}: its global flags (with their values) apart from the plugin's words. */
    static void split(List<String> args, List<String> known, List<String> unknown) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--debug")) {
                known.add(a);
            } else if (VALUED.contains(a)) {
                known.add(a);
                if (++i < args.size()) {
                    known.add(args.get(i));
                }
            } else if (VALUED.stream().anyMatch(k -> a.startsWith(k + "="))) {
                known.add(a);
            } else {
                unknown.add(a);
            }
        }
    }

    /**
     * The settings as Helm makes them for a plugin: every global flag of the command line up to {@code --} (Helm
     * parses the whole line once, ignoring unknown flags, before it looks for plugins), then those
     * {@code manuallyProcessArgs} knows among the plugin's words (also after {@code --}).
     */
    private HelmSettings settingsWith(List<String> known) {
        List<String> globals = new ArrayList<>();
        for (String a : commandLine) {
            if (a.equals("--")) {
                break;
            }
            globals.add(a);
        }
        globals.addAll(known);
        RootCommand fresh = new RootCommand(context());
        CommandLine line = new CommandLine(fresh.model());
        line.setUnmatchedArgumentsAllowed(true);
        line.setOverwrittenOptionsAllowed(true);
        line.parseArgs(globals.toArray(String[]::new));
        return fresh.context.settings(fresh.global);
    }
}
