package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;

/** Helm's own test charts and goldens (shared/corpus/helm-testdata), for the values rules they pin down. */
class HelmTestdataTest {
    private static Path testdata() {
        String shared = System.getProperty("helm4j.shared", "");
        Path p = Path.of(shared, "corpus/helm-testdata/v3.21.0/cmd/helm/testdata");
        assumeTrue(Files.isDirectory(p), "skipped: Helm's test data (" + p + ") is absent");
        return p;
    }

    private static ChartValues.Resolved resolve(String chart, ValueOptions opts) {
        Path td = testdata();
        Chart c = TestCharts.load(td.resolve("testcharts/" + chart));
        return ChartValues.resolve(c, opts.merge(ValueSource.local(td.getParent().getParent().getParent(), System.in)),
                false, null);
    }

    /**
     * Helm's issue-9027 chart (nulls in parent values and globals) against Helm 4.3.2's own golden
     * ({@code pkg/cmd/testdata/output/issue-9027.txt} of helm.sh/helm/v4@v4.3.2, copied into
     * src/test/resources/helm-testdata-v4.3.2): since Helm 4.2.0 the chart defaults' nulls are dropped when
     * coalescing, so the subchart keeps key1/key2 where Helm 3.21's golden had them null.
     */
    @Test
    void issue9027NullsInParentValuesAndGlobals() throws IOException {
        ChartValues.Resolved r = resolve("issue-9027", ValueOptions.none());
        Map<String, Object> actual = new TreeMap<>();
        ValuesOracleDiffTest.collect(r.chart(), r.chart().name(), r.values(), actual);
        String golden;
        try (var in = HelmTestdataTest.class.getResourceAsStream("/helm-testdata-v4.3.2/issue-9027.txt")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, Object> expected = ValuesOracleDiffTest.parseRendered(golden.replace("/templates/values.yaml", ""));
        List<String> diffs = new ArrayList<>();
        ValuesOracleDiffTest.diff("", ValuesOracleDiffTest.normalize(expected), ValuesOracleDiffTest.normalize(actual),
                diffs);
        assertThat(diffs).isEmpty();
    }

    private static void assertSchemaGolden(String chart, ValueOptions opts, String golden) {
        String expected = read(testdata().resolve("output/" + golden));
        assertThatThrownBy(() -> resolve(chart, opts)).isInstanceOf(ValuesException.class)
                .satisfies(e -> assertThat("Error: INSTALLATION FAILED: " + e.getMessage() + "\n").isEqualTo(expected));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void schemaGoldens() {
        assertSchemaGolden("chart-with-schema", new ValueOptions(null, List.of("age=-5"), null, null, null, null),
                "schema-negative-cli.txt");
        assertSchemaGolden("chart-with-schema-negative", ValueOptions.none(), "schema-negative.txt");
        assertSchemaGolden("chart-with-schema-and-subchart",
                new ValueOptions(null, List.of("lastname=doe", "subchart-with-schema.age=-25"), null, null, null, null),
                "subchart-schema-cli-negative.txt");
        assertSchemaGolden("chart-with-schema-and-subchart", ValueOptions.none(), "subchart-schema-negative.txt");
    }

    @Test
    void schemaPassesWithGoodValues() {
        resolve("chart-with-schema", ValueOptions.none());
        resolve("chart-with-schema-and-subchart",
                new ValueOptions(null, List.of("lastname=doe", "subchart-with-schema.age=25"), null, null, null, null));
    }
}
