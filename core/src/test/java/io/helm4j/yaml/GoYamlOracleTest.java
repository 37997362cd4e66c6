package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential cases from the reference Helm (regenerate with core/src/test/oracle/yaml/generate.sh):
 * each values file read as Helm reads values, then printed with toJson and toYaml.
 */
class GoYamlOracleTest {
    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root().resolve("values"))) {
            return s.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList().stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(GoYamlOracleTest.class.getResource("/io/helm4j/yaml/oracle/chart/Chart.yaml").toURI())
                .getParent().getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesHelm(String name) throws Exception {
        String values = Files.readString(root().resolve("values/" + name + ".yaml"), StandardCharsets.UTF_8);
        String expected = Files.readString(root().resolve("expected/" + name + ".txt"), StandardCharsets.UTF_8);
        if (expected.startsWith("#ERROR\n")) {
            String msg = expected.substring("#ERROR\n".length());
            assertThatThrownBy(() -> GoYaml.loadMap(values)).isInstanceOf(YamlException.class).hasMessage(msg);
            return;
        }
        int y = expected.indexOf("\n#YAML\n");
        String json = expected.substring("#JSON\n".length(), y);
        String yaml = expected.substring(y + "\n#YAML\n".length());
        Map<String, Object> v = GoYaml.loadMap(values);
        assertThat(GoYaml.toJson(v)).as("toJson").isEqualTo(json);
        String actual;
        try {
            actual = GoYaml.toYaml(v);
        } catch (YamlException e) {
            actual = ""; // Helm's toYaml prints nothing when Marshal fails
        }
        if (actual.endsWith("\n")) {
            actual = actual.substring(0, actual.length() - 1);
        }
        assertThat(actual).as("toYaml").isEqualTo(yaml);
    }
}
