package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every values file of the shared chart corpus, read and printed (toJson, toYaml) as the reference
 * Helm does, compared by SHA-256 (fingerprints from core/src/test/oracle/yaml/corpus.sh). Skipped when
 * the corpus is absent. On a mismatch the actual text is written under target/yaml-corpus/.
 */
class GoYamlCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("helm4j.corpus",
            System.getProperty("helm4j.shared", "../../shared") + "/corpus"), "charts");

    static Stream<String> rows() throws IOException {
        try (InputStream in = GoYamlCorpusTest.class.getResourceAsStream("/io/helm4j/yaml/corpus-expected.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesHelm(String row) throws Exception {
        String[] f = row.split("\t", 3);
        Path file = CORPUS.resolve(f[0]);
        assumeTrue(Files.exists(file), "skipped: the shared corpus (" + CORPUS + ") is absent");
        String values = Files.readString(file, StandardCharsets.UTF_8);
        if (f[1].equals("ERROR")) {
            assertThatThrownBy(() -> GoYaml.loadMap(values)).hasMessage(f[2].replace("\\n", "\n"));
            return;
        }
        Map<String, Object> v = GoYaml.loadMap(values);
        String json = GoYaml.toJson(v);
        String yaml = GoYaml.toYaml(v);
        if (yaml.endsWith("\n")) {
            yaml = yaml.substring(0, yaml.length() - 1);
        }
        boolean ok = sha(json).equals(f[1]) && sha(yaml).equals(f[2]);
        if (!ok) {
            Path dir = Path.of("target/yaml-corpus");
            Files.createDirectories(dir);
            String base = f[0].replace('/', '_');
            Files.writeString(dir.resolve(base + ".json"), json);
            Files.writeString(dir.resolve(base + ".yaml"), yaml);
        }
        assertThat(sha(json)).as("toJson of " + f[0]).isEqualTo(f[1]);
        assertThat(sha(yaml)).as("toYaml of " + f[0]).isEqualTo(f[2]);
    }

    private static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
