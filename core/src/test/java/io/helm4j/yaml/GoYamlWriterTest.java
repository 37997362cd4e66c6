package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GoYamlWriterTest {
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void sortedKeysAndCompactSequences() {
        assertThat(GoYaml.toYaml(map("b", List.of("x", map("k", "v", "j", 1L)), "a", map())))
                .isEqualTo("a: {}\nb:\n- x\n- j: 1\n  k: v\n");
    }

    @Test
    void numbersGoThroughJson() {
        assertThat(GoYaml.toYaml(map("a", 3.0, "b", 1e6, "c", 12345678.5, "d", 1e-7, "e", 1e21, "f", 7L)))
                .isEqualTo("a: 3\nb: 1000000\nc: 1.23456785e+07\nd: 1e-07\ne: 1e+21\nf: 7\n");
    }

    @Test
    void quotesStringsThatWouldChangeType() {
        assertThat(GoYaml.toYaml(Arrays.asList("true", "yes", "1.0", "null", "", "2001-12-14", "12:30", "x")))
                .isEqualTo("- \"true\"\n- \"yes\"\n- \"1.0\"\n- \"null\"\n- \"\"\n- \"2001-12-14\"\n- \"12:30\"\n- x\n");
    }

    @Test
    void singleQuotesIndicatorsAndDoubleQuotesSpecials() {
        assertThat(GoYaml.toYaml(List.of("- a", "a: b", "#c", " lead", "tab\there", "\uD83D\uDE00")))
                .isEqualTo("- '- a'\n- 'a: b'\n- '#c'\n- ' lead'\n- \"tab\\there\"\n- \"\\U0001F600\"\n");
    }

    @Test
    void literalBlocks() {
        assertThat(GoYaml.toYaml(map("a", "x\ny", "b", "x\n", "c", "x\n\n", "d", "\nx", "e", "x \ny")))
                .isEqualTo("a: |-\n  x\n  y\nb: |\n  x\nc: |+\n  x\n\nd: |2-\n\n  x\ne: \"x \\ny\"\n");
    }

    @Test
    void foldsLongPlainStringsAt80() {
        String s = "word ".repeat(20).trim();
        assertThat(GoYaml.toYaml(map("k", s))).isEqualTo("k: word word word word word word word word word word word word word word word word\n"
                + "  word word word word\n");
    }

    @Test
    void longKeysBecomeComplexKeys() {
        String k = "k".repeat(129);
        assertThat(GoYaml.toYaml(map(k, 1L))).isEqualTo("? " + k + "\n: 1\n");
    }

    @Test
    void rootScalarsAndEmpties() {
        assertThat(GoYaml.toYaml("x")).isEqualTo("x\n");
        assertThat(GoYaml.toYaml(null)).isEqualTo("null\n");
        assertThat(GoYaml.toYaml(List.of())).isEqualTo("[]\n");
        assertThat(GoYaml.toYaml(map())).isEqualTo("{}\n");
    }

    @Test
    void naturalKeyOrder() {
        assertThat(GoYaml.toYaml(map("a10", 1L, "a2", 2L, "b", 3L, "A", 4L, "1", 5L)))
                .isEqualTo("\"1\": 5\nA: 4\na2: 2\na10: 1\nb: 3\n");
    }

    @Test
    void infinityCannotBeMarshalled() {
        assertThatThrownBy(() -> GoYaml.toYaml(Double.POSITIVE_INFINITY))
                .hasMessage("error marshaling into JSON: json: unsupported value: +Inf");
    }
}
