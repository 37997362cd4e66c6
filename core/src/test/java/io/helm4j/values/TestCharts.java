package io.helm4j.values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.helm4j.chart.Chart;
import io.helm4j.chart.Dependency;
import io.helm4j.chart.Metadata;
import io.helm4j.yaml.GoYaml;

/** A minimal chart-directory reader for these tests (Chart.yaml, values.yaml, values.schema.json, charts/). */
final class TestCharts {
    private TestCharts() {
    }

    static Path resources() {
        return Path.of("src/test/resources/values");
    }

    static Chart load(String relative) {
        return load(resources().resolve(relative));
    }

    @SuppressWarnings("unchecked")
    static Chart load(Path dir) {
        try {
            Map<String, Object> meta = GoYaml.loadMap(Files.readString(dir.resolve("Chart.yaml")));
            List<Dependency> deps = null;
            Path requirements = dir.resolve("requirements.yaml");
            if (!meta.containsKey("dependencies") && Files.exists(requirements)) {
                meta.put("dependencies", GoYaml.loadMap(Files.readString(requirements)).get("dependencies"));
            }
            if (meta.get("dependencies") instanceof List<?> l) {
                deps = new ArrayList<>();
                for (Object o : l) {
                    Map<String, Object> d = (Map<String, Object>) o;
                    deps.add(new Dependency((String) d.get("name"), str(d.get("version")), (String) d.get("repository"),
                            (String) d.get("condition"), (List<String>) d.get("tags"), (Boolean) d.get("enabled"),
                            (List<Object>) d.get("import-values"), (String) d.get("alias")));
                }
            }
            Metadata md = new Metadata((String) meta.get("apiVersion"), (String) meta.get("name"), null, List.of(),
                    str(meta.get("version")), null, List.of(), List.of(), null, null, false, Map.of(), null, deps,
                    (String) meta.get("type"));
            Path valuesFile = dir.resolve("values.yaml");
            Map<String, Object> values = Files.exists(valuesFile)
                    ? Values.asMap(tildeIsNull(ValueOptions.loadValues("values.yaml", Files.readString(valuesFile))))
                    : Map.of();
            Path schemaFile = dir.resolve("values.schema.json");
            byte[] schema = Files.exists(schemaFile) ? Files.readAllBytes(schemaFile) : null;
            List<Chart> subcharts = new ArrayList<>();
            Path charts = dir.resolve("charts");
            if (Files.isDirectory(charts)) {
                try (Stream<Path> s = Files.list(charts)) {
                    for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                        subcharts.add(load(p));
                    }
                }
            }
            return new Chart(md, null, List.of(), values, schema, List.of(), subcharts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until io.helm4j.yaml reads YAML 1.1 as go-yaml does, the stub reads {@code ~} as a string. */
    private static Object tildeIsNull(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), tildeIsNull(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(tildeIsNull(v)));
            return out;
        }
        return "~".equals(o) ? null : o;
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(o);
    }
}
