package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GoYamlReaderTest {
    @Test
    void numbersAreDoublesAndYaml11Applies() {
        assertThat(GoYaml.loadMap("a: 1\nb: yes\nc: 0x10\nd: '1'\ne: ~\nf: 2001-12-14\n")).isEqualTo(
                map("a", 1.0, "b", true, "c", 16.0, "d", "1", "e", null, "f", "2001-12-14"));
    }

    @Test
    void nonStringKeysBecomeStrings() {
        assertThat(GoYaml.loadMap("1: a\ny: b\n1.5: c\n3.14159265358979: d\n").keySet())
                .containsExactlyInAnyOrder("1", "true", "1.5", "3.1415927");
    }

    @Test
    void mergeKeysFollowGoYamlV2() {
        assertThat(GoYaml.loadMap("b: &b {x: 1, q: 2}\nm:\n  q: 3\n  <<: *b\n").get("m"))
                .isEqualTo(Map.of("x", 1.0, "q", 2.0));
        assertThat(GoYaml.loadMap("b: &b {x: 1, q: 2}\nm:\n  <<: *b\n  q: 3\n").get("m"))
                .isEqualTo(Map.of("x", 1.0, "q", 3.0));
    }

    @Test
    void duplicateKeysLastWins() {
        assertThat(GoYaml.loadMap("a: 1\na: 2\n")).isEqualTo(Map.of("a", 2.0));
    }

    @Test
    void aliasesAreCopies() {
        Map<String, Object> m = GoYaml.loadMap("a: &a [1]\nb: *a\n");
        assertThat(m.get("a")).isEqualTo(m.get("b")).isNotSameAs(m.get("b"));
    }

    @Test
    void errorsReadLikeHelm() {
        assertThatThrownBy(() -> GoYaml.loadMap("a: 1\nb\nc: 2\n")).isInstanceOf(YamlException.class)
                .hasMessage("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
        // at the end of a stream mid-line go-yaml breaks the line first (Helm trims manifests, so
        // a last line without ':' is reported one past the end)
        assertThatThrownBy(() -> GoYaml.loadMap("a: b\ninvalid")).isInstanceOf(YamlException.class)
                .hasMessage("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
        assertThatThrownBy(() -> GoYaml.loadMap("a: b\ninvalid # c"))
                .hasMessage("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
        assertThatThrownBy(() -> GoYaml.loadMap("a: b\ninvalid\n"))
                .hasMessage("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
        assertThatThrownBy(() -> GoYaml.loadMap("a:\n  b: 1\n c: 2\n"))
                .hasMessage("error converting YAML to JSON: yaml: line 2: did not find expected key")
                .extracting(e -> ((YamlException) e).line()).isEqualTo(2);
        assertThatThrownBy(() -> GoYaml.loadMap("a: .inf\n"))
                .hasMessage("error converting YAML to JSON: json: unsupported value: +Inf");
        assertThatThrownBy(() -> GoYaml.loadMap("- a\n"))
                .hasMessage("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}");
    }

    @Test
    void emptyDocumentsAndStreams() {
        assertThat(GoYaml.loadMap("")).isEmpty();
        assertThat(GoYaml.loadMap("# only a comment\n")).isEmpty();
        assertThat(GoYaml.load("a: 1\n---\nb: 2\n")).isEqualTo(Map.of("a", 1.0));
        assertThat(GoYaml.loadAll("a: 1\n---\nb: 2\n---\n")).isEqualTo(Arrays.asList(Map.of("a", 1.0), Map.of("b", 2.0), null));
        assertThat(GoYaml.loadList("- 1\n- x\n")).isEqualTo(List.of(1.0, "x"));
    }

    @Test
    void noSizeLimit() {
        String big = "k: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n";
        assertThat(((String) GoYaml.loadMap(big).get("k"))).hasSize(4 * 1024 * 1024);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
