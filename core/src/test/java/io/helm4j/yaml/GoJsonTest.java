package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GoJsonTest {
    @Test
    void sortsKeysAndEscapesLikeGo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", "<a & b>");
        m.put("a", "line\nsep\u2028tab\t\u0001\"\\");
        m.put("é", 1L);
        m.put("z", 3.0);
        assertThat(GoYaml.toJson(m)).isEqualTo(
                "{\"a\":\"line\\nsep\\u2028tab\\t\\u0001\\\"\\\\\",\"b\":\"\\u003ca \\u0026 b\\u003e\",\"z\":3,\"é\":1}");
    }

    @Test
    void unpairedSurrogateBecomesReplacement() {
        assertThat(GoYaml.toJson("x\uD800y")).isEqualTo("\"x\\ufffdy\"");
        assertThat(GoYaml.toJson("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    }

    @Test
    void nullsListsAndEmpty() {
        assertThat(GoYaml.toJson(Arrays.asList(null, true, List.of(), Map.of()))).isEqualTo("[null,true,[],{}]");
    }

    @Test
    void nanIsAnError() {
        assertThatThrownBy(() -> GoYaml.toJson(Double.NaN)).isInstanceOf(YamlException.class)
                .hasMessage("json: unsupported value: NaN");
    }

    @Test
    void prettyAndRaw() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1L, Map.of()));
        m.put("b", "<x>");
        assertThat(GoYaml.toPrettyJson(m)).isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"\\u003cx\\u003e\"\n}");
        assertThat(GoYaml.toRawJson(m)).isEqualTo("{\"a\":[1,{}],\"b\":\"<x>\"}");
    }

    @Test
    void fromJsonMakesDoubles() {
        Object v = GoYaml.fromJson(" {\"a\": [1, 2.5, \"x\\u00e9\", null, true], \"a\": {}} ");
        assertThat(v).isEqualTo(Map.of("a", Map.of()));
        assertThat(GoYaml.fromJson("[1, -2e3]")).isEqualTo(List.of(1.0, -2000.0));
    }

    @Test
    void fromJsonErrorsInGoWords() {
        assertThatThrownBy(() -> GoYaml.fromJson("{\"a\":")).hasMessage("unexpected end of JSON input");
        assertThatThrownBy(() -> GoYaml.fromJson("x")).hasMessage("invalid character 'x' looking for beginning of value");
        assertThatThrownBy(() -> GoYaml.fromJson("{} x")).hasMessage("invalid character 'x' after top-level value");
        assertThatThrownBy(() -> GoYaml.fromJson("[\"a\nb\"]")).hasMessage("invalid character '\\n' in string literal");
        assertThatThrownBy(() -> GoYaml.fromJson("[01]")).hasMessage("invalid character '1' after array element");
        assertThatThrownBy(() -> GoYaml.fromJson("{\"a\" 1}")).hasMessage("invalid character '1' after object key");
    }

    @Test
    void fromJsonPrefixReadsOneValueAsADecoderDoes() {
        GoYaml.JsonPrefix p = GoYaml.fromJsonPrefix("  {\"a\": \"\uD83D\uDE00\"} , rest");
        assertThat(p.value()).isEqualTo(java.util.Map.of("a", "\uD83D\uDE00"));
        assertThat(p.end()).isEqualTo(13);
        assertThat(GoYaml.fromJsonPrefix("12,b").end()).isEqualTo(2);
        assertThatThrownBy(() -> GoYaml.fromJsonPrefix("  ")).hasMessage("EOF");
        assertThatThrownBy(() -> GoYaml.fromJsonPrefix("{\"a\":")).hasMessage("unexpected EOF");
        assertThatThrownBy(() -> GoYaml.fromJsonPrefix("tru")).hasMessage("unexpected EOF");
        assertThatThrownBy(() -> GoYaml.fromJsonPrefix("[1 2]")).hasMessage("invalid character '2' after array element");
    }

    @Test
    void unmarshalFeedsASpaceAtTheEndAsGoScannerDoes() {
        assertThatThrownBy(() -> GoYaml.fromJson("tru")).hasMessage("invalid character ' ' in literal true (expecting 'e')");
        assertThatThrownBy(() -> GoYaml.fromJson("-")).hasMessage("invalid character ' ' in numeric literal");
        assertThatThrownBy(() -> GoYaml.fromJson("\"\\u12\"")).hasMessage("invalid character '\"' in \\u hexadecimal character escape");
        assertThatThrownBy(() -> GoYaml.fromJson("[1,")).hasMessage("unexpected end of JSON input");
    }
}
