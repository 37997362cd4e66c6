package io.helm4j.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands, and only the one a command line names: each command declares its model in code
 * ({@link Specs}), so building one loads only that command's classes, and running {@code helm4j
 * version} builds nothing else. Help, completion and unknown
 * commands get all of them.
 */
final class Subcommands {
    private Subcommands() {
    }

    /** The subcommands' names, in the order help lists them. */
    private static final List<String> NAMES = List.of("completion", "create", "dependency", "env", "get", "help",
            "history", "install", "lint", "list", "package", "plugin", "pull", "push", "registry", "repo", "rollback",
            "search", "show", "status", "template", "test", "uninstall", "upgrade", "verify", "version");

    /** The named subcommand's model: only its class is loaded. */
    private static CommandSpec create(String name) {
        return switch (name) {
            case "completion" -> new CompletionCommand().model();
            case "create" -> new CreateCommand().model();
            case "dependency" -> new DependencyCommand().model();
            case "env" -> new EnvCommand().model();
            case "get" -> new GetCommand().model();
            case "help" -> new HelpCommand().model();
            case "history" -> new HistoryCommand().model();
            case "install" -> new InstallCommand().model();
            case "lint" -> new LintCommand().model();
            case "list" -> new ListCommand().model();
            case "status" -> new StatusCommand().model();
            case "package" -> new PackageCommand().model();
            case "plugin" -> new PluginCommand().model();
            case "pull" -> new PullCommand().model();
            case "push" -> new PushCommand().model();
            case "registry" -> new RegistryCommand().model();
            case "repo" -> new RepoCommand().model();
            case "rollback" -> new RollbackCommand().model();
            case "search" -> new SearchCommand().model();
            case "show" -> new ShowCommand().model();
            case "template" -> new TemplateCommand().model();
            case "test" -> new TestCommand().model();
            case "uninstall" -> new UninstallCommand().model();
            case "upgrade" -> new UpgradeCommand().model();
            case "verify" -> new VerifyCommand().model();
            case "version" -> new VersionCommand().model();
            case "diff" -> new DiffCommand().model();
            case "drift" -> new DriftCommand().model();
            case "generate-key-pair" -> new GenerateKeyPairCommand().model();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Commands beyond Helm's: run when named, kept out of the command list so help stays Helm's. */
    private static final List<String> BEYOND_HELM = List.of("diff", "drift", "generate-key-pair");

    private static final Map<String, String> ALIASES = Map.of("dep", "dependency", "dependencies", "dependency",
            "inspect", "show", "fetch", "pull", "ls", "list", "hist", "history",
            "del", "uninstall", "delete", "uninstall", "un", "uninstall");

    /** Global flags that take a value in the next argument when written without {@code =}: from their declarations. */
    private static final Set<String> VALUED_GLOBALS = valuedGlobals();

    private static Set<String> valuedGlobals() {
        Flags<Void> flags = new Flags<>();
        new GlobalFlags(flags);
        Set<String> out = new HashSet<>();
        for (Flag<?> f : flags.all()) {
            if (f.takesNextWord()) {
                out.add("--" + f.longName);
                if (f.shorthand != null) {
                    out.add("-" + f.shorthand);
                }
            }
        }
        return Set.copyOf(out);
    }

    static void register(CommandLine root, String[] args) {
        String named = helpBeforeCommand(args) ? null : commandName(args);
        String canonical = named == null ? null : ALIASES.getOrDefault(named, named);
        if (canonical != null && BEYOND_HELM.contains(canonical)) {
            root.addSubcommand(create(canonical));
            return;
        }
        if (canonical != null && NAMES.contains(canonical) && !canonical.equals("completion")
                && !canonical.equals("help")) {
            root.addSubcommand(create(canonical));
            return;
        }
        CliContext context = ((RootCommand) root.getCommand()).context;
        if (canonical != null && !NAMES.contains(canonical) && !canonical.startsWith("__")) {
            io.helm4j.plugin.Plugin plugin = PluginCliCommand.named(context, canonical);
            if (plugin != null) { // a cli/v1 plugin's command: only it
                PluginCliCommand.of(plugin, args).addTo(root);
                return;
            }
        }
        for (String name : NAMES) {
            root.addSubcommand(create(name));
        }
        for (io.helm4j.plugin.Plugin p : PluginCliCommand.installed(context)) { // Helm lists its plugins' commands
            PluginCliCommand c = PluginCliCommand.of(p, args);
            if (!root.getSubcommands().containsKey(c.name())) {
                c.addTo(root);
            }
        }
        // cobra's hidden commands for shell completion (they describe the others, so all are added)
        root.addSubcommand(new CompleteCommand("__complete").model());
        root.addSubcommand(new CompleteCommand("__completeNoDesc").model());
    }

    /** True when {@code -h} comes before the command's name: that is the root's help, which lists them all. */
    private static boolean helpBeforeCommand(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                return true;
            }
            if (!a.startsWith("-")) {
                return false;
            }
        }
        return false;
    }

    /** True for a global flag that takes its value in the next argument. */
    static boolean valuedGlobal(String flag) {
        return VALUED_GLOBALS.contains(flag);
    }

    /** The first argument that is not a global flag or a global flag's value, or null. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            }
            if (!a.startsWith("-")) {
                return a;
            }
            if (VALUED_GLOBALS.contains(a)) {
                i++;
            }
        }
        return null;
    }

    static List<String> names() {
        return NAMES;
    }
}
