package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chart's values.yaml read as Helm 4.3.2's {@code LoadValues} reads it: split into documents by apimachinery's
 * YAMLReader (a {@code ---} line ends a document; anything but a comment after it is refused), each document read on
 * its own (its first document only, errors counted from its first line) and merged, errors worded
 * {@code cannot load values.yaml: cannot unmarshal yaml document: ...}. Expected values and errors are what Helm
 * 4.3.2 printed ({@code src/test/oracle/valuesdocs/generate.sh}: {@code helm template} of {@code {{ toJson .Values }}}).
 */
class ValuesDocumentsOracleTest {
    static Stream<Arguments> cases() throws IOException {
        List<String> rows = Files.readAllLines(
                Path.of("src/test/resources/io/helm4j/chart/values-documents-expected.tsv"), StandardCharsets.UTF_8);
        return rows.stream().map(r -> r.split("\t", 3)).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    /** printf's escapes as generate.sh hands each case to printf. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valuesLoadLikeHelm4(String values, String kind, String expected, @TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "0.1.0"));
        Files.writeString(chart.resolve("values.yaml"), unescape(values));
        if (kind.equals("OK")) {
            assertThat(GoYaml.toJson(ChartLoader.loadChart(chart).values())).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> ChartLoader.loadChart(chart)).isInstanceOf(ChartException.class)
                    .satisfies(e -> assertThat("Error: " + e.getMessage()).isEqualTo(expected));
        }
    }
}
