package io.helm4j.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands, created without reflection, and only the one a command line names: picocli
 * builds a command's model from its annotations when it is added, so adding every command to run
 * {@code helm4j version} would cost start-up time for nothing. Help, completion and unknown
 * commands get all of them.
 */
final class Subcommands {
    private Subcommands() {
    }

    /** Name (and aliases) to factory, in the order help lists them. */
    private static final Map<String, Supplier<Object>> FACTORIES = factories();

    private static Map<String, Supplier<Object>> factories() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("completion", CompletionCommand::new);
        m.put("create", CreateCommand::new);
        m.put("dependency", DependencyCommand::new);
        m.put("env", EnvCommand::new);
        m.put("lint", LintCommand::new);
        m.put("package", PackageCommand::new);
        m.put("show", ShowCommand::new);
        m.put("template", TemplateCommand::new);
        m.put("version", VersionCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static final Map<String, String> ALIASES = Map.of("dep", "dependency", "dependencies", "dependency",
            "inspect", "show");

    /** Global flags that take a value in the next argument when written without {@code =}. */
    private static final Set<String> VALUED_GLOBALS = Set.of("-n", "--namespace", "--kubeconfig", "--kube-context",
            "--kube-token", "--kube-as-user", "--kube-as-group", "--kube-apiserver", "--kube-ca-file",
            "--kube-tls-server-name", "--registry-config", "--repository-config", "--repository-cache",
            "--content-cache", "--burst-limit", "--qps", "--color", "--colour");

    static void register(CommandLine root, String[] args) {
        String named = commandName(args);
        String canonical = named == null ? null : ALIASES.getOrDefault(named, named);
        if (canonical != null && FACTORIES.containsKey(canonical) && !canonical.equals("completion")) {
            root.addSubcommand(FACTORIES.get(canonical).get());
            return;
        }
        for (Supplier<Object> f : FACTORIES.values()) {
            root.addSubcommand(f.get());
        }
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
        return List.copyOf(FACTORIES.keySet());
    }
}
