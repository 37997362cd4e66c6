package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** toToml of every oracle values file Helm reads, against the reference (core/src/test/oracle/yaml/generate.sh --toml). */
class GoTomlOracleTest {
    static Stream<String> cases() throws Exception {
        return GoYamlOracleTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesHelm(String name) throws Exception {
        Path root = Path.of(GoTomlOracleTest.class.getResource("/io/helm4j/yaml/oracle/chart/Chart.yaml").toURI())
                .getParent().getParent();
        String expected = Files.readString(root.resolve("expected-toml/" + name + ".txt"), StandardCharsets.UTF_8);
        if (expected.startsWith("#ERROR\n")) {
            return; // the values file itself does not load: covered by GoYamlOracleTest
        }
        Map<String, Object> v = GoYaml.loadMap(Files.readString(root.resolve("values/" + name + ".yaml"), StandardCharsets.UTF_8));
        String actual;
        try {
            actual = GoYaml.toToml(v);
        } catch (YamlException e) {
            actual = e.getMessage(); // Helm's toToml prints the error text
        }
        assertThat(actual).isEqualTo(expected);
    }
}
