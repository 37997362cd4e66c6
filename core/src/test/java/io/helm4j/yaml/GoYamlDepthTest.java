package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Go's nesting limits instead of a StackOverflowError. Expected texts are what Helm 4.3.2 (and the 3.21
 * oracle) printed for a chart whose values.yaml is the text (after "cannot load values.yaml: ", and in
 * Helm 4 "cannot unmarshal yaml document: "), and for fromJson of it.
 */
class GoYamlDepthTest {
    private static String seq(int n) {
        return "a:\n" + "- ".repeat(n) + "1\n";
    }

    private static String flow(int n) {
        return "a: " + "[".repeat(n) + "]".repeat(n) + "\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "seq|20000|error converting YAML to JSON: yaml: line 2: exceeded max depth of 10000",
        "seq|10000|error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth",
        "flow|20000|error converting YAML to JSON: yaml: exceeded max depth of 10000",
        "flow|10000|error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth",
    })
    void tooDeepIsGosError(String kind, int n, String message) {
        String text = kind.equals("seq") ? seq(n) : flow(n);
        assertThatThrownBy(() -> GoYaml.load(text)).isInstanceOf(YamlException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"seq, 9999", "flow, 9999"})
    void justBelowTheLimitReads(String kind, int n) {
        Object v = GoYaml.load(kind.equals("seq") ? seq(n) : flow(n));
        assertThat(v).isInstanceOf(java.util.Map.class);
    }

    @org.junit.jupiter.api.Test
    void jsonDeeperThan10000IsRefusedAsEncodingJsonDoes() {
        assertThatThrownBy(() -> GoYaml.fromJson("[".repeat(10001) + "]".repeat(10001)))
                .hasMessage("invalid character '[' exceeded max depth");
        assertThatThrownBy(() -> GoYaml.fromJson("{\"a\": " + "[".repeat(20000) + "]".repeat(20000) + "}"))
                .hasMessage("invalid character '[' exceeded max depth");
        assertThat(GoYaml.fromJson("[".repeat(10000) + "]".repeat(10000))).isNotNull();
    }
}
