package io.helm4j.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;

/**
 * The values a user gives on the command line, as Helm 4's {@code values.Options}: {@code -f} files,
 * {@code --set}, {@code --set-string}, {@code --set-file}, {@code --set-json} and {@code --set-literal},
 * each list in the order given.
 */
public record ValueOptions(List<String> valueFiles, List<String> setValues, List<String> stringValues,
        List<String> fileValues, List<String> jsonValues, List<String> literalValues) {

    public ValueOptions {
        valueFiles = valueFiles == null ? List.of() : List.copyOf(valueFiles);
        setValues = setValues == null ? List.of() : List.copyOf(setValues);
        stringValues = stringValues == null ? List.of() : List.copyOf(stringValues);
        fileValues = fileValues == null ? List.of() : List.copyOf(fileValues);
        jsonValues = jsonValues == null ? List.of() : List.copyOf(jsonValues);
        literalValues = literalValues == null ? List.of() : List.copyOf(literalValues);
    }

    /** No values at all. */
    public static ValueOptions none() {
        return new ValueOptions(null, null, null, null, null, null);
    }

    /**
     * The user values, in Helm 4's order: the {@code -f} files (every YAML document of each, deep-merged,
     * later wins), then {@code --set-json}, {@code --set}, {@code --set-string}, {@code --set-file},
     * {@code --set-literal}. Files are read through {@code source}.
     */
    public Map<String, Object> merge(ValueSource source) {
        Map<String, Object> base = new LinkedHashMap<>();
        for (String file : valueFiles) {
            byte[] raw = source.read(file);
            base = mergeMaps(base, loadValues(file, raw));
        }
        for (String value : jsonValues) {
            String trimmed = value.strip();
            if (!trimmed.isEmpty() && trimmed.charAt(0) == '{') {
                Object parsed;
                try {
                    parsed = Strvals.unmarshalJson(trimmed);
                } catch (ValuesException e) {
                    throw new ValuesException("failed parsing --set-json data JSON: " + value, e);
                }
                if (!(parsed instanceof Map<?, ?>)) {
                    throw new ValuesException("failed parsing --set-json data JSON: " + value);
                }
                base = mergeMaps(base, Values.asMap(parsed));
            } else {
                try {
                    Strvals.parseJson(value, base);
                } catch (ValuesException e) {
                    throw new ValuesException("failed parsing --set-json data " + value, e);
                }
            }
        }
        Map<String, Object> all = base;
        for (String value : setValues) {
            wrap("--set", () -> Strvals.parseInto(value, all));
        }
        for (String value : stringValues) {
            wrap("--set-string", () -> Strvals.parseIntoString(value, all));
        }
        for (String value : fileValues) {
            wrap("--set-file", () -> Strvals.parseIntoFile(value, all, source));
        }
        for (String value : literalValues) {
            wrap("--set-literal", () -> Strvals.parseLiteralInto(value, all));
        }
        return all;
    }

    private static void wrap(String flag, Runnable r) {
        try {
            r.run();
        } catch (ValuesException e) {
            throw new ValuesException("failed parsing " + flag + " data: " + e.getMessage(), e);
        }
    }

    /**
     * Helm 4's loader.LoadValues: every YAML document of a values file, each a mapping (or empty), merged in
     * order. Errors name the file.
     */
    /** {@link #loadValues(String, String)} of a file's bytes, which must be UTF-8 as go-yaml requires. */
    static Map<String, Object> loadValues(String file, byte[] raw) {
        String yaml;
        try {
            yaml = GoYaml.text(raw);
        } catch (YamlException e) {
            throw new ValuesException("failed to parse " + file + ": cannot unmarshal yaml document: "
                    + e.getMessage(), file, 0, e);
        }
        return loadValues(file, yaml);
    }

    public static Map<String, Object> loadValues(String file, String yaml) {
        List<Object> docs;
        try {
            // LoadValues appends a line break to a file that lacks one (helm/helm#32506)
            docs = GoYaml.loadAll(yaml.isEmpty() || yaml.endsWith("\n") ? yaml : yaml + "\n");
        } catch (YamlException e) {
            throw new ValuesException("failed to parse " + file + ": cannot unmarshal yaml document: "
                    + e.getMessage(), file, Math.max(e.line(), 0), e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object doc : docs) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?>)) {
                throw new ValuesException("failed to parse " + file + ": cannot unmarshal yaml document: "
                        + "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                        + GoYaml.jsonKind(doc) + " into Go value of type map[string]interface {}", file, 0, null);
            }
            values = mergeMaps(values, Values.deepCopyMap(Values.asMap(doc)));
        }
        return values;
    }

    /** Helm's loader.MergeMaps: a new map, {@code b} winning, nested maps merged. Inputs are not changed. */
    public static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> vm && out.get(e.getKey()) instanceof Map<?, ?> bv) {
                out.put(e.getKey(), mergeMaps(Values.asMap(bv), Values.asMap(vm)));
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }
}
