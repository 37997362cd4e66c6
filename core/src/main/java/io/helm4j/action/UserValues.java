package io.helm4j.action;

import io.helm4j.values.Strvals;
import io.helm4j.values.ValueSource;
import io.helm4j.values.ValuesException;
import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helm's {@code values.Options.MergeValues}: -f files, then --set-json, --set, --set-string, --set-file, --set-literal. */
final class UserValues {
    private UserValues() {
    }

    static Map<String, Object> merge(TemplateOptions.ValueInputs in, ValueSource source) {
        Map<String, Object> base = new LinkedHashMap<>();
        for (String file : in.valueFiles()) {
            String text = new String(source.read(file), StandardCharsets.UTF_8);
            for (Object doc : GoYaml.loadAll(text)) {
                if (doc == null) {
                    continue;
                }
                if (!(doc instanceof Map<?, ?> m)) {
                    throw new ValuesException("failed to parse " + file
                            + ": error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                            + (doc instanceof java.util.List<?> ? "array" : "string")
                            + " into Go value of type map[string]interface {}");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> cur = (Map<String, Object>) m;
                base = mergeMaps(base, cur);
            }
        }
        Map<String, Object> all = base;
        for (String v : in.setJson()) {
            wrap(() -> Strvals.parseJson(v, all), "failed parsing --set-json data " + v);
        }
        for (String v : in.set()) {
            wrap(() -> Strvals.parseInto(v, all), "failed parsing --set data");
        }
        for (String v : in.setString()) {
            wrap(() -> Strvals.parseIntoString(v, all), "failed parsing --set-string data");
        }
        for (String v : in.setFile()) {
            wrap(() -> Strvals.parseIntoFile(v, all, source), "failed parsing --set-file data");
        }
        for (String v : in.setLiteral()) {
            wrap(() -> Strvals.parseLiteralInto(v, all), "failed parsing --set-literal data");
        }
        return all;
    }

    private static void wrap(Runnable r, String prefix) {
        try {
            r.run();
        } catch (ValuesException e) {
            throw new ValuesException(prefix + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> vm && out.get(e.getKey()) instanceof Map<?, ?> om) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) om, (Map<String, Object>) vm));
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }
}
