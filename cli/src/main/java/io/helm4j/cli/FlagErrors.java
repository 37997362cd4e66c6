package io.helm4j.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's parse errors in the words of Helm's flag library (spf13/pflag) and cobra: {@code unknown
 * flag: --foo}, {@code unknown shorthand flag: 'z' in -z}, {@code flag needs an argument: --set},
 * {@code invalid argument "x" for "--max-col-width" flag: strconv.ParseInt: ...}.
 */
final class FlagErrors {
    private FlagErrors() {
    }

    static boolean isUnknownCommand(CommandLine.ParameterException ex) {
        return ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine().getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
    }

    static String message(CommandLine.ParameterException ex, String[] args) {
        CommandLine at = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (isUnknownCommand(ex)) {
                return "unknown command \"" + first + "\" for \"" + at.getCommandName() + "\"";
            }
            if (first.startsWith("--")) {
                int eq = first.indexOf('=');
                return "unknown flag: " + (eq > 0 ? first.substring(0, eq) : first);
            }
            if (first.startsWith("-") && first.length() > 1) {
                return "unknown shorthand flag: '" + first.charAt(1) + "' in " + first;
            }
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            String typed = typedName(o, args);
            return typed.startsWith("--") ? "flag needs an argument: " + typed
                    : "flag needs an argument: '" + typed.substring(1) + "' in " + typed;
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec instanceof OptionSpec o && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            return "invalid argument \"" + ex.getValue() + "\" for \"" + pflagName(o) + "\" flag: "
                    + goParseError(o.type(), ex.getValue());
        }
        return ex.getMessage();
    }

    /** The option's name as the user wrote it last (long or short), else its longest name. */
    private static String typedName(OptionSpec o, String[] args) {
        for (int i = args.length - 1; i >= 0; i--) {
            for (String n : o.names()) {
                if (args[i].equals(n)) {
                    return n;
                }
            }
        }
        return o.longestName();
    }

    private static String pflagName(OptionSpec o) {
        List<String> names = List.of(o.names());
        String shortName = names.stream().filter(n -> !n.startsWith("--")).findFirst().orElse(null);
        return shortName == null ? o.longestName() : shortName + ", " + o.longestName();
    }

    private static String goParseError(Class<?> type, String value) {
        if (type == boolean.class || type == Boolean.class) {
            return "strconv.ParseBool: parsing \"" + value + "\": invalid syntax";
        }
        if (type == float.class || type == double.class || type == Float.class || type == Double.class) {
            return "strconv.ParseFloat: parsing \"" + value + "\": invalid syntax";
        }
        return "strconv.ParseInt: parsing \"" + value + "\": invalid syntax";
    }
}
