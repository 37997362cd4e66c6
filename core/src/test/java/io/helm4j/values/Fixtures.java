package io.helm4j.values;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.helm4j.chart.Chart;
import io.helm4j.chart.Dependency;
import io.helm4j.chart.Metadata;
import io.helm4j.yaml.GoYaml;

/** Hand-built charts and values for the unit tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Map<String, Object> yaml(String text) {
        return GoYaml.loadMap(text);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... v) {
        return new ArrayList<>(Arrays.asList(v));
    }

    static Chart versioned(String name, String version, String valuesYaml, List<Dependency> reqs, Chart... subcharts) {
        Metadata md = new Metadata("v2", name, null, List.of(), version, null, List.of(), List.of(), null, null,
                false, Map.of(), null, reqs, null);
        return new Chart(md, null, List.of(), valuesYaml == null ? Map.of() : yaml(valuesYaml), null, List.of(),
                List.of(subcharts));
    }

    static Chart chart(String name, String valuesYaml, Chart... subcharts) {
        return versioned(name, "1.0.0", valuesYaml, null, subcharts);
    }

    static Chart withSchema(Chart c, String schema) {
        return new Chart(c.metadata(), c.lock(), c.templates(), c.values(), schema.getBytes(StandardCharsets.UTF_8),
                c.files(), c.dependencies());
    }

    static Dependency dep(String name, String version) {
        return new Dependency(name, version, null, null, null, null, null, null);
    }

    static Dependency dep(String name, String version, String condition, List<String> tags, String alias,
            List<Object> importValues) {
        return new Dependency(name, version, null, condition, tags, null, importValues, alias);
    }
}
