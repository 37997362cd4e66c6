package io.helm4j.cli;

import io.helm4j.values.ValueOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helm's values flags ({@code -f} and the {@code --set} family), shared by every command that takes values. */
final class ValuesFlags {
    List<String> valueFiles = new ArrayList<>();
    List<String> set = new ArrayList<>();
    List<String> setString = new ArrayList<>();
    List<String> setFile = new ArrayList<>();
    List<String> setJson = new ArrayList<>();
    List<String> setLiteral = new ArrayList<>();

    /** Declares the flags on the command that takes values. */
    void declare(Specs s) {
        s.option("-f, --values", "specify values in a YAML file or a URL (can specify multiple)").label("<valueFiles>")
                .strings(() -> valueFiles, v -> valueFiles = v);
        s.option("--set",
                "set values on the command line (can specify multiple or separate values with commas: "
                + "key1=val1,key2=val2)").label("<set>")
                .strings(() -> set, v -> set = v);
        s.option("--set-string",
                "set STRING values on the command line (can specify multiple or separate values with commas: "
                + "key1=val1,key2=val2)").label("<setString>")
                .strings(() -> setString, v -> setString = v);
        s.option("--set-file",
                "set values from respective files specified via the command line (can specify multiple or "
                + "separate values with commas: key1=path1,key2=path2)").label("<setFile>")
                .strings(() -> setFile, v -> setFile = v);
        s.option("--set-json",
                "set JSON values on the command line (can specify multiple or separate values with commas: "
                + "key1=jsonval1,key2=jsonval2)").label("<setJson>")
                .strings(() -> setJson, v -> setJson = v);
        s.option("--set-literal", "set a literal STRING value on the command line").label("<setLiteral>")
                .strings(() -> setLiteral, v -> setLiteral = v);
    }

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
