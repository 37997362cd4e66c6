package io.helm4j.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * A command's picocli model declared in code: options and positionals bound to plain fields of the
 * command object through a getter and a setter lambda. picocli reads nothing by reflection this way
 * (no annotation proxies, no method handles), which saves most of the model's start-up cost.
 */
final class Specs {
    private final CommandSpec spec;

    private Specs(CommandSpec spec) {
        this.spec = spec;
    }

    /** A command called {@code name} whose user object (run or called by picocli) is {@code command}. */
    static Specs command(Object command, String name) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        return new Specs(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    Specs aliases(String... aliases) {
        spec.aliases(aliases);
        return this;
    }

    Specs description(String... lines) {
        spec.usageMessage().description(lines);
        return this;
    }

    Specs footer(String... lines) {
        spec.usageMessage().footer(lines);
        return this;
    }

    Specs subcommand(CommandSpec sub) {
        spec.addSubcommand(sub.name(), sub);
        return this;
    }

    /** An option called {@code names} (comma-separated: {@code "-f, --values"}); finish it with a typed binder. */
    Option option(String names, String description) {
        return new Option(names, description);
    }

    /** Positional parameters collected in a list, as {@code [LABEL...]}. */
    Specs positionals(String label, String arity, String description, Supplier<List<String>> get,
            Consumer<List<String>> set) {
        spec.addPositional(positional(label, arity, description, new Binding<>(get, set))
                .type(List.class).auxiliaryTypes(String.class).build());
        return this;
    }

    /** One positional parameter at index 0, required unless {@code arity} starts at 0. */
    Specs positional(String label, String arity, String description, Supplier<String> get, Consumer<String> set) {
        spec.addPositional(positional(label, arity, description, new Binding<>(get, set))
                .index("0").type(String.class).build());
        return this;
    }

    private static PositionalParamSpec.Builder positional(String label, String arity, String description,
            Binding<?> binding) {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().paramLabel(label).arity(arity)
                .getter(binding).setter(binding).initialValue(binding.value())
                .required(!arity.startsWith("0"));
        return description == null ? b : b.description(description);
    }

    /** One option being declared. */
    final class Option {
        private final OptionSpec.Builder builder;

        private Option(String names, String description) {
            String[] split = names.split(",");
            for (int i = 0; i < split.length; i++) {
                split[i] = split[i].strip();
            }
            builder = OptionSpec.builder(split).description(description);
        }

        /** The value label in help, as {@code <name>}. */
        Option label(String label) {
            builder.paramLabel(label);
            return this;
        }

        /** Inherited by every subcommand (Helm's global flags). */
        Option inherited() {
            builder.scopeType(ScopeType.INHERIT);
            return this;
        }

        Option defaultValue(String value) {
            builder.defaultValue(value);
            return this;
        }

        /** The value may be left out ({@code --flag} or {@code --flag=value}); left out it is {@code fallback}. */
        Option optionalValue(String fallback) {
            builder.arity("0..1").fallbackValue(fallback);
            return this;
        }

        /** The {@code -h, --help} flag. */
        Option usageHelp() {
            builder.usageHelp(true);
            return this;
        }

        /** A flag without a value. */
        Specs bool(Supplier<Boolean> get, Consumer<Boolean> set) {
            return bind(boolean.class, get, set);
        }

        /** A string value; repeated, the last one wins. */
        Specs string(Supplier<String> get, Consumer<String> set) {
            return bind(String.class, get, set);
        }

        /** A repeatable option: every occurrence adds one value. */
        Specs strings(Supplier<List<String>> get, Consumer<List<String>> set) {
            builder.auxiliaryTypes(String.class);
            return bind(List.class, get, set);
        }

        /** A value of another type picocli converts ({@code Boolean}, {@code Integer}, {@code int}, {@code Float}). */
        <T> Specs value(Class<?> type, Supplier<T> get, Consumer<T> set) {
            return bind(type, get, set);
        }

        private <T> Specs bind(Class<?> type, Supplier<T> get, Consumer<T> set) {
            Binding<T> binding = new Binding<>(get, set);
            spec.addOption(builder.type(type).getter(binding).setter(binding).initialValue(binding.value()).build());
            return Specs.this;
        }
    }

    /** A field of the command object, as picocli's getter and setter. */
    private static final class Binding<T> implements IGetter, ISetter {
        private final Supplier<T> get;
        private final Consumer<T> set;

        Binding(Supplier<T> get, Consumer<T> set) {
            this.get = get;
            this.set = set;
        }

        T value() {
            return get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = (R) get.get();
            set.accept((T) value);
            return old;
        }
    }
}
