package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.gostd.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command's flags, each declared once: one call names the flag, its type, Helm's usage text, and
 * where its value goes in the command's SDK options builder {@code B} ({@code into}; null when the
 * command reads the flag itself). Flag groups ({@link ValuesFlags}, {@link ChartPathFlags},
 * {@link InstallFlags}, {@link WaitFlags}, {@link GlobalFlags}) declare their flags on the set of
 * each command that takes them, as Helm's {@code add...Flags} functions do.
 */
final class Flags<B> {
    private final List<Flag<?>> flags = new ArrayList<>();
    private final List<Consumer<B>> fills = new ArrayList<>();
    private final List<Runnable> checks = new ArrayList<>();

    /** Adds {@code flag}; its value goes to the builder through {@code into} when not null. */
    <T> Flag<T> add(Flag<T> flag, BiConsumer<B, ? super T> into) {
        flags.add(flag);
        if (into != null) {
            fills.add(b -> into.accept(b, flag.value()));
        }
        return flag;
    }

    /** pflag's {@code Bool}: false unless given. */
    Flag<Boolean> bool(String names, String usage, BiConsumer<B, Boolean> into) {
        return add(new Flag<>(names, Flag.Kind.BOOL, usage, false), into);
    }

    /** A bool whose value is null unless given ({@code --flag}, {@code --flag=false}). */
    Flag<Boolean> optionalBool(String names, String usage, BiConsumer<B, Boolean> into) {
        return add(new Flag<>(names, Flag.Kind.OPTIONAL_BOOL, usage, null), into);
    }

    /** pflag's {@code String}: null unless given. */
    Flag<String> string(String names, String usage, BiConsumer<B, String> into) {
        return add(new Flag<>(names, Flag.Kind.STRING, usage, null), into);
    }

    /** pflag's {@code StringArray}: every occurrence is one value. */
    Flag<List<String>> stringArray(String names, String usage, BiConsumer<B, List<String>> into) {
        return add(new Flag<List<String>>(names, Flag.Kind.STRING_ARRAY, usage, new ArrayList<>()), into).defValue("[]");
    }

    /** pflag's {@code StringSlice}: every occurrence may hold several values separated by commas. */
    Flag<List<String>> strings(String names, String usage, BiConsumer<B, List<String>> into) {
        return add(new Flag<List<String>>(names, Flag.Kind.STRING_SLICE, usage, new ArrayList<>()), into).defValue("[]");
    }

    /** pflag's {@code StringToString}: {@code key=value} pairs, checked as pflag parses them. */
    Flag<List<String>> stringToString(String names, String usage, BiConsumer<B, List<String>> into) {
        Flag<List<String>> f = add(new Flag<List<String>>(names, Flag.Kind.STRING_TO_STRING, usage, new ArrayList<>()), into);
        checks.add(() -> checkPairs(f));
        return f.defValue("[]");
    }

    /** pflag's {@code Int} (or {@code Uint}) with a default. */
    Flag<Integer> integer(String names, Flag.Kind kind, int def, String usage, BiConsumer<B, Integer> into) {
        return add(new Flag<>(names, kind, usage, def), into).defValue(Integer.toString(def));
    }

    /** pflag's {@code Duration}: a Go duration, checked as Go parses it; null unless given. */
    Flag<String> duration(String names, String def, String usage, BiConsumer<B, String> into) {
        Flag<String> f = add(new Flag<>(names, Flag.Kind.DURATION, usage, null), into);
        checks.add(() -> checkDuration(f));
        return f.defValue(def);
    }

    /** Something the builder gets from several flags at once (a flag group's options record). */
    void fillStep(Consumer<B> step) {
        fills.add(step);
    }

    /** Cobra's {@code MarkFlagsMutuallyExclusive} for two flags (a bool counts as set when true). */
    void exclusive(Flag<?> a, Flag<?> b) {
        checks.add(() -> {
            if (isSet(a) && isSet(b)) {
                throw new UsageException("if any flags in the group [" + a.longName + " " + b.longName
                        + "] are set none of the others can be; ["
                        + String.join(" ", new TreeSet<>(List.of(a.longName, b.longName))) + "] were all set");
            }
        });
    }

    private static boolean isSet(Flag<?> f) {
        return f.value() != null && !Boolean.FALSE.equals(f.value());
    }

    /** A check of a flag's value, made as pflag makes it when parsing (a wrong value is a usage error). */
    void check(Runnable check) {
        checks.add(check);
    }

    /** Checks the values as pflag and cobra do when parsing; a wrong one is a usage error. */
    void check() {
        checks.forEach(Runnable::run);
    }

    /** Gives the builder every flag's value. */
    B fill(B builder) {
        check();
        for (Consumer<B> f : fills) {
            f.accept(builder);
        }
        return builder;
    }

    List<Flag<?>> all() {
        return flags;
    }

    void declareOn(CommandSpec spec) {
        for (Flag<?> f : flags) {
            spec.addOption(f.option());
        }
    }

    private static void checkDuration(Flag<String> f) {
        String v = f.value();
        String problem = v == null ? null : Durations.problem(v);
        if (problem != null) {
            throw new UsageException("invalid argument \"" + v + "\" for \"--" + f.longName + "\" flag: " + problem);
        }
    }

    private static void checkPairs(Flag<List<String>> f) {
        for (String l : f.value()) {
            for (String pair : l.split(",", -1)) {
                if (!pair.contains("=")) {
                    throw new UsageException("invalid argument \"" + l + "\" for \"" + pflagName(f) + "\" flag: "
                            + pair + " must be formatted as key=value");
                }
            }
        }
    }

    /** A flag as pflag names it in errors: {@code -l, --labels} or {@code --timeout}. */
    static String pflagName(Flag<?> f) {
        return f.shorthand == null ? "--" + f.longName : "-" + f.shorthand + ", --" + f.longName;
    }
}
