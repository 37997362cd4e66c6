package io.helm4j.cli;

import io.helm4j.UsageException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Helm's positional-argument rules (its {@code cmd/require} package) with its words: picocli is
 * told to accept any number of arguments, and the command checks the count here, so a wrong count
 * reads as Helm's {@code "helm template" requires at least 1 argument} followed by the usage line.
 */
final class HelmArgs {
    private HelmArgs() {
    }

    /** Exactly {@code n} arguments. */
    static void exactly(CommandSpec spec, List<String> args, int n, String use) {
        if (args.size() != n) {
            throw fail(spec, "requires " + n + " " + noun(n), use);
        }
    }

    /** At least {@code n} arguments. */
    static void atLeast(CommandSpec spec, List<String> args, int n, String use) {
        if (args.size() < n) {
            throw fail(spec, "requires at least " + n + " " + noun(n), use);
        }
    }

    /** At most {@code n} arguments. */
    static void atMost(CommandSpec spec, List<String> args, int n, String use) {
        if (args.size() > n) {
            throw fail(spec, "accepts at most " + n + " " + noun(n), use);
        }
    }

    /** No arguments at all. */
    static void none(CommandSpec spec, List<String> args, String use) {
        if (!args.isEmpty()) {
            throw fail(spec, "accepts no arguments", use);
        }
    }

    private static String noun(int n) {
        return n == 1 ? "argument" : "arguments";
    }

    private static UsageException fail(CommandSpec spec, String what, String use) {
        String path = spec.qualifiedName();
        return new UsageException("\"" + path + "\" " + what + "\n\nUsage:  " + path + " " + use + " [flags]");
    }
}
