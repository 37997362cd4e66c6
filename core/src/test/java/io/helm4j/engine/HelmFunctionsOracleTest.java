package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.internal.engine.funcs.SprigFunctions;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of Helm's own functions (toYamlPretty, toToml, fromToml...): every snippet of
 * {@code core/src/test/oracle/helm/cases.txt} renders through the engine as the reference Helm
 * rendered it ({@code helm-funcs-expected.tsv}, made by {@code generate.sh}), in the same chart
 * ({@code c}, release {@code r}, the values of {@code oracle/sprig/values.yaml}).
 */
class HelmFunctionsOracleTest {
    private static final Base64.Decoder B64 = Base64.getDecoder();

    @TestFactory
    Stream<DynamicTest> snippetsRenderLikeHelm() throws IOException {
        return snippets("helm-funcs-expected.tsv");
    }

    /** The functions Helm 4 added (durations, mustToToml), as the real Helm 4.3.2 renders them (oracle/helm4). */
    @TestFactory
    Stream<DynamicTest> helm4SnippetsRenderLikeHelm4() throws IOException {
        return snippets("helm4-funcs-expected.tsv");
    }

    private static Stream<DynamicTest> snippets(String expectedTsv) throws IOException {
        Map<String, Object> values = GoYaml.loadMap(Files.readString(Path.of("src/test/oracle/sprig/values.yaml")));
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : expectedLines(expectedTsv)) {
            String[] f = line.split("\t", -1);
            String snippet = new String(B64.decode(f[0]), StandardCharsets.UTF_8);
            boolean ok = f[1].equals("OK");
            String expected = new String(B64.decode(f[2]), StandardCharsets.UTF_8);
            tests.add(DynamicTest.dynamicTest(snippet, () -> check(snippet, values, ok, expected)));
        }
        return tests.stream();
    }

    private static void check(String snippet, Map<String, Object> values, boolean ok, String expected) {
        if (ok) {
            assertThat(render(snippet, values)).isEqualTo(expected);
            return;
        }
        String detail = expected.substring(expected.lastIndexOf("error calling "), expected.indexOf("\n\nUse --debug"));
        assertThatThrownBy(() -> render(snippet, values)).hasMessageContaining(detail);
    }

    private static String render(String snippet, Map<String, Object> values) {
        Chart c = EngineTest.chart("c", List.of(), "templates/t.yaml",
                "v: {{ include \"snippet\" . | b64enc }}\n{{- define \"snippet\" }}" + snippet + "{{ end }}\n",
                // the files oracle/helm4/generate.sh puts in its chart (the Helm 3 cases read none)
                "empty.txt", "", "two.txt", "a\nb\n");
        String out = new Engine(EngineOptions.defaults(SprigFunctions.create(
                        Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC), new SplittableRandom(1))))
                .render(c, values,
                        ReleaseInfo.install("r", "default"), Capabilities.defaults(null, List.of()))
                .get("c/templates/t.yaml");
        String b64 = out.substring("v: ".length()).strip();
        return new String(B64.decode(b64), StandardCharsets.UTF_8);
    }

    private static List<String> expectedLines(String tsv) throws IOException {
        try (InputStream in = HelmFunctionsOracleTest.class.getResourceAsStream(tsv)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
