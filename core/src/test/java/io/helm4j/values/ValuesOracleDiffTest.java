package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.helm4j.chart.Chart;
import io.helm4j.yaml.GoYaml;

/**
 * Differential test against the reference Helm: each case in values/cases renders {@code toYaml .Values} in
 * every (sub)chart; expected/ holds what Helm printed (regenerate with values/generate-expected.sh). Until
 * the engine lands, the printed YAML is parsed back and compared with the values tree helm4j computes for
 * each chart, and the set of rendered charts with the enabled subcharts.
 */
class ValuesOracleDiffTest {

    @TestFactory
    Stream<DynamicTest> casesMatchTheReference() throws IOException {
        Path root = TestCharts.resources();
        List<Path> cases;
        try (Stream<Path> s = Files.list(root.resolve("cases"))) {
            cases = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(root, c)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Path root, Path casePath) throws IOException {
        Map<String, Object> c = (Map<String, Object>) GoYaml.load(Files.readString(casePath));
        String name = casePath.getFileName().toString().replace(".json", "");
        Path expectedYaml = root.resolve("expected/" + name + ".yaml");
        Path expectedError = root.resolve("expected/" + name + ".error.txt");
        List<String> files = new ArrayList<>();
        for (Object f : (List<Object>) c.get("valuesFiles")) {
            files.add((String) f);
        }
        List<String> sets = new ArrayList<>();
        for (Object s : (List<Object>) c.get("set")) {
            sets.add((String) s);
        }
        Chart chart = TestCharts.load((String) c.get("chart"));
        // the oracle joins every --set into one expression
        List<String> set = sets.isEmpty() ? List.of() : List.of(String.join(",", sets));
        ValueOptions opts = new ValueOptions(files, set, null, null, null, null);
        Map<String, Object> values;
        Chart processed;
        try {
            Map<String, Object> user = opts.merge(ValueSource.local(root, System.in));
            processed = Dependencies.process(chart, user, null);
            values = Coalesce.coalesceValues(processed, user, null);
            SchemaValidation.validate(processed, values);
        } catch (ValuesException e) {
            if (Files.exists(expectedError)) {
                String exp = Files.readString(expectedError);
                if (exp.startsWith("Error: oracle exception")) {
                    return; // the oracle refused the input; helm4j still must fail with its own error
                }
                String actual = "Error: " + e.getMessage() + "\n";
                if (exp.startsWith("Error: " + SchemaValidation.HEADER)) {
                    // Helm lists schema violations in Go map order, which varies from run to run
                    assertThat(sortedLines(actual)).isEqualTo(sortedLines(exp));
                } else {
                    assertThat(actual).isEqualTo(exp);
                }
                return;
            }
            throw e;
        }
        if (!Files.exists(expectedYaml)) {
            fail("expected an error: " + Files.readString(expectedError));
        }
        Map<String, Object> expectedBySource = parseRendered(Files.readString(expectedYaml));
        Map<String, Object> actualBySource = new TreeMap<>();
        collect(processed, processed.name(), values, actualBySource);
        assertThat(normalize(actualBySource)).isEqualTo(normalize(expectedBySource));
    }

    private static void collect(Chart chart, String path, Map<String, Object> values, Map<String, Object> out) {
        out.put(path, values);
        for (Chart sub : Charts.deps(chart)) {
            Object v = values.get(sub.name());
            out.put(path + "/charts/" + sub.name(), v);
            collect(sub, path + "/charts/" + sub.name(), Values.asMap(v), out);
        }
    }

    private static Map<String, Object> parseRendered(String text) {
        Map<String, Object> out = new TreeMap<>();
        for (String doc : text.split("(?m)^---\n")) {
            if (doc.isBlank()) {
                continue;
            }
            String first = doc.substring(0, doc.indexOf('\n'));
            String source = first.replace("# Source: ", "").replace("/templates/values.yaml", "");
            out.put(source, GoYaml.load(doc.substring(doc.indexOf('\n') + 1)));
        }
        return out;
    }

    /** Numbers compare as float64; maps by content. */
    private static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalize(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalize(x)));
            return out;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v;
    }

    private static List<String> sortedLines(String s) {
        List<String> l = new ArrayList<>(List.of(s.split("\n", -1)));
        java.util.Collections.sort(l);
        return l;
    }

    static Map<String, Object> linked() {
        return new LinkedHashMap<>();
    }
}
