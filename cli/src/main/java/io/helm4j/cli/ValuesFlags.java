package io.helm4j.cli;

import io.helm4j.values.ValueOptions;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Helm's values flags ({@code addValueOptionsFlags}: {@code -f} and the {@code --set} family), for
 * every command that takes values; the command's builder gets them as one {@link ValueOptions}.
 */
final class ValuesFlags {
    private final Flag<List<String>> valueFiles;
    private final Flag<List<String>> set;
    private final Flag<List<String>> setString;
    private final Flag<List<String>> setFile;
    private final Flag<List<String>> setJson;
    private final Flag<List<String>> setLiteral;

    private ValuesFlags(Flags<?> f) {
        valueFiles = f.strings("-f, --values", "specify values in a YAML file or a URL (can specify multiple)", null);
        set = f.stringArray("--set", "set values on the command line (can specify multiple or separate values with "
                + "commas: key1=val1,key2=val2)", null);
        setString = f.stringArray("--set-string", "set STRING values on the command line (can specify multiple or "
                + "separate values with commas: key1=val1,key2=val2)", null);
        setFile = f.stringArray("--set-file", "set values from respective files specified via the command line (can "
                + "specify multiple or separate values with commas: key1=path1,key2=path2)", null);
        setJson = f.stringArray("--set-json", "set JSON values on the command line (can specify multiple or separate "
                + "values with commas: key1=jsonval1,key2=jsonval2 or using json format: {\"key1\": jsonval1, "
                + "\"key2\": \"jsonval2\"})", null);
        setLiteral = f.stringArray("--set-literal", "set a literal STRING value on the command line", null);
    }

    /** Declares the values flags on {@code flags}; the builder gets their {@link ValueOptions} through {@code into}. */
    static <B> void declare(Flags<B> flags, BiConsumer<B, ValueOptions> into) {
        ValuesFlags v = new ValuesFlags(flags);
        flags.fillStep(b -> into.accept(b, v.options()));
    }

    ValueOptions options() {
        return new ValueOptions(valueFiles.value(), set.value(), setString.value(), setFile.value(), setJson.value(),
                setLiteral.value());
    }
}
