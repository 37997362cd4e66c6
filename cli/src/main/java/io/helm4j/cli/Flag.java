package io.helm4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * One flag, declared once: its names, its value type as Helm's flag library (spf13/pflag) names it,
 * Helm's usage text, the default help shows, and the value the command line gave. It is its own
 * picocli getter and setter, so the model is built without reflection; {@link Flags} creates it and
 * {@link HelpPrinter} prints it as {@code helm COMMAND --help} does.
 */
final class Flag<T> implements IGetter, ISetter {
    /** How the value is held and parsed; {@code pflagType} is what pflag's {@code Value.Type()} returns. */
    enum Kind {
        /** A flag without a value; {@code --flag=false} also parses. */
        BOOL("bool"),
        /** A flag whose value may be left out (it then means true); null when not given. */
        OPTIONAL_BOOL("bool"),
        STRING("string"),
        /** Every occurrence adds one value. */
        STRING_ARRAY("stringArray"),
        /** Every occurrence adds values split at commas. */
        STRING_SLICE("stringSlice"),
        /** {@code key=value} pairs, split at commas. */
        STRING_TO_STRING("stringToString"),
        INT("int"),
        UINT("uint"),
        FLOAT32("float32"),
        /** A Go duration ({@code 5m0s}), checked as Go parses it. */
        DURATION("duration");

        final String pflagType;

        Kind(String pflagType) {
            this.pflagType = pflagType;
        }
    }

    final String longName;
    final String shorthand;
    final Kind kind;
    final String usage;
    /** pflag's {@code DefValue}, from the context (some defaults come from the environment). */
    private Function<CliContext, String> defValue = ctx -> "";
    /** The value a valued flag takes when given without one ({@code --wait} alone), or null. */
    String noOptDefVal;
    /** The type help names instead of {@link Kind#pflagType} (Helm's own flag values have their own). */
    String typeName;
    /** pflag's deprecation message: the flag is hidden from help and reported when used. */
    String deprecated;
    boolean hidden;
    /** helm4j's own flag (beyond Helm): listed in help as {@code helm4j}, hidden when run as {@code helm}. */
    boolean beyondHelm;
    /** A persistent flag of the root command, inherited by every subcommand (Helm's global flags). */
    boolean global;
    private T value;

    Flag(String names, Kind kind, String usage, T initial) {
        String[] split = names.split(",");
        String s = null;
        String l = null;
        for (String n : split) {
            n = n.strip();
            if (n.startsWith("--")) {
                l = n.substring(2);
            } else {
                s = n.substring(1);
            }
        }
        this.longName = l;
        this.shorthand = s;
        this.kind = kind;
        this.usage = usage;
        this.value = initial;
    }

    /** The value as given (or the initial one): list kinds hold every occurrence as written. */
    T raw() {
        return value;
    }

    /** The value as Helm reads it: a {@code strings} flag's occurrences are split at commas. */
    @SuppressWarnings("unchecked")
    T value() {
        if (kind == Kind.STRING_SLICE) {
            List<String> out = new ArrayList<>();
            for (String v : (List<String>) value) {
                if (!v.isEmpty()) {
                    out.addAll(Arrays.asList(v.split(",", -1)));
                }
            }
            return (T) out;
        }
        return value;
    }

    Flag<T> defValue(String text) {
        defValue = ctx -> text;
        return this;
    }

    Flag<T> defValue(Function<CliContext, String> text) {
        defValue = text;
        return this;
    }

    String defValue(CliContext context) {
        return defValue.apply(context);
    }

    Flag<T> noOptDefVal(String v) {
        noOptDefVal = v;
        return this;
    }

    Flag<T> typeName(String name) {
        typeName = name;
        return this;
    }

    /** pflag's {@code MarkDeprecated}: hidden from help, and using it prints {@code Flag --x has been deprecated, MESSAGE}. */
    Flag<T> deprecated(String message) {
        deprecated = message;
        hidden = true;
        return this;
    }

    Flag<T> hidden() {
        hidden = true;
        return this;
    }

    /**
     * A flag Helm does not have: help lists it when the program goes by its own name, and leaves it out when it runs
     * as {@code helm} (a drop-in link), whose help stays Helm's byte for byte.
     */
    Flag<T> beyondHelm() {
        beyondHelm = true;
        return this;
    }

    /** Whether help lists the flag for a program called {@code commandName}. */
    boolean listedFor(String commandName) {
        return !hidden && !(beyondHelm && commandName.equals("helm"));
    }

    /** True when the flag takes its value from the next word ({@code --namespace prod}), as pflag's valued flags. */
    boolean takesNextWord() {
        return kind != Kind.BOOL && kind != Kind.OPTIONAL_BOOL && noOptDefVal == null;
    }

    /** The picocli option that parses this flag into its value. */
    OptionSpec option() {
        List<String> names = new ArrayList<>();
        if (shorthand != null) {
            names.add("-" + shorthand);
        }
        names.add("--" + longName);
        OptionSpec.Builder b = OptionSpec.builder(names.toArray(String[]::new)).description(usage)
                .paramLabel("<" + longName + ">").getter(this).setter(this).initialValue(value);
        if (global) {
            b.scopeType(ScopeType.INHERIT);
        }
        switch (kind) {
            case BOOL -> b.type(boolean.class);
            case OPTIONAL_BOOL -> b.type(Boolean.class).arity("0..1").fallbackValue("true");
            case STRING, DURATION -> b.type(String.class);
            case STRING_ARRAY, STRING_SLICE, STRING_TO_STRING -> b.type(List.class).auxiliaryTypes(String.class);
            case INT, UINT -> b.type(value == null ? Integer.class : int.class);
            case FLOAT32 -> b.type(Float.class);
        }
        if (noOptDefVal != null && kind != Kind.OPTIONAL_BOOL) {
            b.arity("0..1").fallbackValue(noOptDefVal);
        }
        if (kind == Kind.OPTIONAL_BOOL || noOptDefVal != null) {
            // pflag: a flag whose value may be left out takes one only as --flag=value; the next word is not its value
            Object alone = kind == Kind.OPTIONAL_BOOL ? Boolean.TRUE : noOptDefVal;
            b.preprocessor((words, command, arg, info) -> {
                if ("=".equals(info.get("separator"))) {
                    return false;
                }
                arg.setValue(alone);
                return true;
            });
        }
        return b.build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R get() {
        return (R) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R set(R v) {
        R old = (R) value;
        value = (T) v;
        return old;
    }
}
