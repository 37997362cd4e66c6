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
 * every (sub)chart; expected/ holds what Helm printed (regenerate with values/generate-expected.sh), and
 * helm4-expected/ what the real Helm 4.3.2 printed where its values differ (generate-helm4-expected.py). Until
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
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> check(root, c, root.resolve("expected"), true)));
    }

    /** Checks one case; {@code joinSets} joins every --set into one expression, as the oracle's CLI does. */
    @SuppressWarnings("unchecked")
    static void check(Path root, Path casePath, Path expectedDir, boolean joinSets) throws IOException {
        Map<String, Object> c = (Map<String, Object>) GoYaml.load(Files.readString(casePath));
        String name = casePath.getFileName().toString().replace(".json", "");
        Path expectedYaml = expectedDir.resolve(name + ".yaml");
        Path expectedError = expectedDir.resolve(name + ".error.txt");
        if (Files.exists(expectedError) && Files.readString(expectedError).startsWith("Error: oracle exception")) {
            return; // the oracle could not pass this input to Helm: nothing to compare with
        }
        List<String> files = new ArrayList<>();
        for (Object f : (List<Object>) c.get("valuesFiles")) {
            files.add((String) f);
        }
        List<String> sets = new ArrayList<>();
        for (Object s : (List<Object>) c.get("set")) {
            sets.add((String) s);
        }
        Chart chart = TestCharts.load(root.resolve((String) c.get("chart")));
        List<String> set = sets.isEmpty() || !joinSets ? sets : List.of(String.join(",", sets));
        ValueOptions opts = new ValueOptions(files, set, null, null, null, null);
        Map<String, Object> values;
        Chart processed;
        try {
            Map<String, Object> user = opts.merge(ValueSource.local(root, System.in));
            Dependencies.check(chart);
            ChartValues.Resolved resolved = ChartValues.resolve(chart, user, false, null);
            processed = resolved.chart();
            values = resolved.values();
        } catch (ValuesException e) {
            if (Files.exists(expectedError)) {
                String exp = Files.readString(expectedError);
                String actual = "Error: " + e.getMessage() + "\n";
                if (e.getMessage().startsWith("found in Chart.yaml")) {
                    actual = "Error: An error occurred while checking for chart dependencies. You may need to run "
                            + "`helm dependency build` to fetch missing dependencies: " + e.getMessage() + "\n";
                }
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
        // Helm 4.3.2's rendering where it computes other values than Helm 3.21 (4.2.0 drops chart defaults' nulls):
        // helm4-expected/, made by generate-helm4-expected.py from the real Helm 4.3.2
        Path helm4Yaml = expectedDir.resolveSibling("helm4-expected").resolve(name + ".yaml");
        Map<String, Object> expectedBySource = parseRendered(Files.readString(
                expectedDir.getFileName().toString().equals("expected") && Files.exists(helm4Yaml) ? helm4Yaml
                        : expectedYaml));
        Map<String, Object> actualBySource = new TreeMap<>();
        collect(processed, processed.name(), values, actualBySource);
        List<String> diffs = new ArrayList<>();
        diff("", normalize(expectedBySource), normalize(actualBySource), diffs);
        assertThat(diffs).as("differences (path: expected <> actual)").isEmpty();
    }

    static void collect(Chart chart, String path, Map<String, Object> values, Map<String, Object> out) {
        out.put(path, values);
        for (Chart sub : Charts.deps(chart)) {
            if ("library".equals(sub.metadata().type())) {
                continue; // library charts render nothing
            }
            Object v = values.get(sub.name());
            out.put(path + "/charts/" + sub.name(), v);
            collect(sub, path + "/charts/" + sub.name(), Values.asMap(v), out);
        }
    }

    static Map<String, Object> parseRendered(String text) {
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
    static Object normalize(Object v) {
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

    static void diff(String path, Object exp, Object act, List<String> out) {
        if (out.size() >= 12) {
            return;
        }
        if (exp instanceof Map<?, ?> em && act instanceof Map<?, ?> am) {
            java.util.TreeSet<Object> keys = new java.util.TreeSet<>();
            keys.addAll(em.keySet());
            keys.addAll(am.keySet());
            for (Object k : keys) {
                if (!em.containsKey(k)) {
                    out.add(path + "/" + k + ": <absent> <> " + brief(am.get(k)));
                } else if (!am.containsKey(k)) {
                    out.add(path + "/" + k + ": " + brief(em.get(k)) + " <> <absent>");
                } else {
                    diff(path + "/" + k, em.get(k), am.get(k), out);
                }
            }
            return;
        }
        if (!java.util.Objects.equals(exp, act)) {
            out.add(path + ": " + brief(exp) + " <> " + brief(act));
        }
    }

    private static String brief(Object o) {
        String s = String.valueOf(o);
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
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
