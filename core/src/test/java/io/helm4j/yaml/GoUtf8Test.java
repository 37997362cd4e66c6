package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * YAML that is not UTF-8 is refused with go-yaml's reader errors. Expected texts: what Helm 4.3.2 printed
 * for {@code helm template -f F} where F is {@code a: "x} followed by the bytes (and a line break), after
 * "failed to parse F: cannot unmarshal yaml document: ".
 */
class GoUtf8Test {
    @ParameterizedTest
    @CsvSource({
        "ff, invalid leading UTF-8 octet",
        "c328, invalid trailing UTF-8 octet",
        "e282, invalid trailing UTF-8 octet",
        "c080, invalid length of a UTF-8 sequence",
        "eda080, invalid Unicode character",
        "f4908080, invalid Unicode character",
        "01ff, control characters are not allowed",
    })
    void refusedAsGoYamlRefusesIt(String hex, String problem) {
        byte[] head = "a: \"x".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = HexFormat.of().parseHex(hex + "0a");
        byte[] data = new byte[head.length + tail.length];
        System.arraycopy(head, 0, data, 0, head.length);
        System.arraycopy(tail, 0, data, head.length, tail.length);
        assertThatThrownBy(() -> GoYaml.loadAll(GoYaml.text(data)))
                .hasMessage("error converting YAML to JSON: yaml: " + problem);
        // a template's bytes survive rendering as escapes, and the manifest check finds the same problem
        String escaped = GoYaml.escapedText(data);
        if (!problem.startsWith("control")) {
            assertThatThrownBy(() -> GoYaml.check(escaped)).hasMessage("error converting YAML to JSON: yaml: " + problem);
        }
    }

    @org.junit.jupiter.api.Test
    void validTextIsUntouched() {
        byte[] data = "a: \"é😀\uFFFD\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(GoYaml.text(data)).isEqualTo("a: \"é😀\uFFFD\"\n");
        assertThat(GoYaml.escapedText(data)).isEqualTo("a: \"é😀\uFFFD\"\n");
        GoYaml.check(GoYaml.escapedText(data));
    }
}
