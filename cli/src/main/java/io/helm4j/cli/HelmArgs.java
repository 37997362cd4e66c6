package io.helm4j.cli;

import io.helm4j.UsageException;

/**
 * Helm's positional-argument rules (its {@code cmd/require} package) with its words: picocli is
 * told to accept any number of arguments, and the command checks the count here, so a wrong count
 * reads as Helm's {@code "helm template" requires at least 1 argument} followed by the usage line.
 */
final class HelmArgs {
    private HelmArgs() {
    }

    /** Exactly {@code n} arguments. */
    static void exactly(HelmCommand<?> command, int n) {
        if (command.args.size() != n) {
            throw fail(command, "requires " + n + " " + noun(n));
        }
    }

    /** At least {@code n} arguments. */
    static void atLeast(HelmCommand<?> command, int n) {
        if (command.args.size() < n) {
            throw fail(command, "requires at least " + n + " " + noun(n));
        }
    }

    /** At most {@code n} arguments. */
    static void atMost(HelmCommand<?> command, int n) {
        if (command.args.size() > n) {
            throw fail(command, "accepts at most " + n + " " + noun(n));
        }
    }

    /** No arguments at all. */
    static void none(HelmCommand<?> command) {
        if (!command.args.isEmpty()) {
            throw fail(command, "accepts no arguments");
        }
    }

    private static String noun(int n) {
        return n == 1 ? "argument" : "arguments";
    }

    /** Cobra's {@code UseLine}: the parent's path, the use line, {@code [flags]}. */
    static String useLine(HelmCommand<?> command) {
        String parent = command.spec.commandLine().getParent().getCommandSpec().qualifiedName();
        String use = parent + " " + command.use;
        return use.contains("[flags]") ? use : use + " [flags]";
    }

    private static UsageException fail(HelmCommand<?> command, String what) {
        return new UsageException("\"" + command.spec.qualifiedName() + "\" " + what + "\n\nUsage:  "
                + useLine(command));
    }
}
