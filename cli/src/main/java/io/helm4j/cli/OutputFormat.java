package io.helm4j.cli;

import io.helm4j.UsageException;
import io.helm4j.yaml.GoYaml;
import java.io.PrintWriter;

/**
 * Helm's {@code -o, --output format} flag ({@code output.Format}): table, json or yaml; json is
 * {@code json.Encoder}'s line, yaml sigs.k8s.io/yaml's.
 */
enum OutputFormat {
    TABLE, JSON, YAML;

    static final String USAGE = "prints the output in the specified format. Allowed values: table, json, yaml";

    /** Declares the flag on {@code flags}, its value checked with the other flags' values. */
    static Flag<String> declare(Flags<?> flags) {
        Flag<String> f = flag(flags);
        flags.check(() -> parse(f.value()));
        return f;
    }

    /** Declares the flag on {@code flags}; the command checks its value with {@link #parse} where it needs it. */
    static Flag<String> flag(Flags<?> flags) {
        return flags.string("-o, --output", USAGE, null).typeName("format").defValue("table");
    }

    /** The format's name as the flag spells it ({@code table}, {@code json}, {@code yaml}). */
    String flagValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static OutputFormat parse(String value) {
        if (value == null) {
            return TABLE;
        }
        return switch (value) {
            case "table" -> TABLE;
            case "json" -> JSON;
            case "yaml" -> YAML;
            default -> throw new UsageException("invalid argument \"" + value
                    + "\" for \"-o, --output\" flag: invalid format type");
        };
    }

    /** Go's json.Marshal, but maps keep their order (Helm encodes structs, whose fields have one). */
    private static String json(Object value) {
        if (value instanceof java.util.Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(GoYaml.toJson(String.valueOf(k)))
                    .append(':').append(json(v)));
            return b.append('}').toString();
        }
        if (value instanceof java.util.List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(v -> b.append(b.length() > 1 ? "," : "").append(json(v)));
            return b.append(']').toString();
        }
        return GoYaml.toJson(value);
    }

    /** Writes {@code value} as JSON or YAML (not for tables). */
    void write(PrintWriter out, Object value) {
        if (this == JSON) {
            out.print(json(value) + "\n");
        } else {
            out.print(GoYaml.toYaml(value));
        }
        out.flush();
    }
}
