package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chart's values.yaml that go-yaml v2's scanner refuses (tabs where no token may start, a tab in an indentation,
 * an anchor's name outside [0-9A-Za-z_-]) fails to load with Helm 4.3.2's message: each expected text is what
 * {@code helm template r CHART} (Helm 4.3.2) printed after "Error: cannot load values.yaml: cannot unmarshal yaml
 * document: error converting YAML to JSON: " for that values.yaml (2026-12-07).
 */
class ValuesYamlScanRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "a: 1\\n\\tb: 2\\n;yaml: line 2: found a tab character that violates indentation",
        "\\ta: 1\\n;yaml: found character that cannot start any token",
        "a: &#\\n;yaml: did not find expected alphabetic or numeric character",
        "a: &x.y 1\\n;yaml: did not find expected alphabetic or numeric character",
        "a: |\\n  x\\n\\ty\\n;yaml: line 3: found a tab character where an indentation space is expected",
        "b: 1\\na: *#\\n;yaml: line 2: did not find expected alphabetic or numeric character",
        "a: &x: 1\\n;yaml: mapping values are not allowed in this context",
    })
    void helmsScannerErrors(String values, String error, @TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "0.1.0"));
        Files.writeString(chart.resolve("values.yaml"), values.replace("\\n", "\n").replace("\\t", "\t"));
        assertThatThrownBy(() -> ChartLoader.loadChart(chart)).isInstanceOf(ChartException.class)
                .hasMessage("cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: " + error);
    }
}
