package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's {@code .Chart.Annotations} is Go's {@code map[string]string}, the same type as Sprig's {@code split}
 * result, and {@code deepCopy} keeps it (copystructure copies the Go type). The expected line is what Helm 4.3.2
 * printed for this chart and template ({@code helm template c}, 2026-12-07); helm4j printed
 * {@code map[string]interface {}} for the copy while the two map types were separate classes.
 */
class ChartAnnotationsTypeTest {
    @TempDir
    Path dir;

    @Test
    void annotationsAndTheirDeepCopyAreMapStringString() throws Exception {
        Path c = dir.resolve("c");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\nannotations:\n  a: b\n");
        Files.writeString(c.resolve("templates/t.yaml"), "x: {{ typeOf (deepCopy .Chart.Annotations) }} "
                + "{{ (deepCopy .Chart.Annotations).zz | quote }} {{ typeOf (deepCopy (split \",\" \"a\")) }}\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "template", c.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("x: map[string]string \"\" map[string]string\n");
    }
}
