package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code helm4j template demo examples/hello}, against a golden file
 * taken from the reference Helm 4 ({@code $HOME/.cache/helm4/v4.3.2/helm template demo examples/hello}: its blank
 * line after each document but the last is Helm 4's split keeping each document's final newline).
 * Regenerate with {@code -Dgolden.update=true} (review the diff like code).
 */
class TemplateExampleGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/template-hello.txt");

    @Test
    void theExampleChartRendersAsTheReferenceHelmDoes() throws IOException {
        Path chart = Path.of("..", "examples", "hello");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", "demo", chart.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, r.out());
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/template-hello.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(expected);
    }
}
