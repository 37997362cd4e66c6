package io.helm4j.cli;

import io.helm4j.values.ValueOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** Helm's values flags ({@code -f} and the {@code --set} family), shared by every command that takes values. */
final class ValuesFlags {
    @Option(names = {"-f", "--values"}, description = "specify values in a YAML file or a URL (can specify multiple)")
    List<String> valueFiles = new ArrayList<>();
    @Option(names = "--set", description = "set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)")
    List<String> set = new ArrayList<>();
    @Option(names = "--set-string", description = "set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)")
    List<String> setString = new ArrayList<>();
    @Option(names = "--set-file", description = "set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)")
    List<String> setFile = new ArrayList<>();
    @Option(names = "--set-json", description = "set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2)")
    List<String> setJson = new ArrayList<>();
    @Option(names = "--set-literal", description = "set a literal STRING value on the command line")
    List<String> setLiteral = new ArrayList<>();

    /** The {@code -f} files, each occurrence split at commas as pflag's StringSlice does. */
    List<String> valueFiles() {
        return splitCommas(valueFiles);
    }

    ValueOptions toValueOptions() {
        return new ValueOptions(valueFiles(), set, setString, setFile, setJson, setLiteral);
    }

    /** pflag's StringSlice: each occurrence may hold several comma-separated values. */
    static List<String> splitCommas(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!v.isEmpty()) {
                out.addAll(Arrays.asList(v.split(",", -1)));
            }
        }
        return out;
    }
}
