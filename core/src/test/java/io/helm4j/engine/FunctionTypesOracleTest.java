package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.helm4j.Helm4jException;
import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: functions called with arguments of the wrong type fail as Helm fails, to the byte
 * (Go's "expected string; found 5" for a constant, "wrong type for value; expected int; got string" for a
 * value, "cannot assign nil to bool"), checked against the parameter types declared for the Sprig and Helm
 * functions. Each line of {@code core/src/test/oracle/functypes/cases.txt} is a chart's
 * {@code templates/t.yaml}; {@code functypes-expected.tsv} is what Helm 4.3.2 printed, whole
 * ({@code generate.sh}).
 */
class FunctionTypesOracleTest {
    private static final Path CASES = Path.of("src/test/oracle/functypes");

    /** Known differences, each with its reason (none left: Helm 4's named types are modelled). */
    static final Set<String> KNOWN_GAPS = Set.of();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> wrongArgumentTypesFailAsInHelm() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String line : expectedLines()) {
            String[] f = line.split("\t", -1);
            String snippet = decode(f[0]);
            boolean ok = f[1].equals("OK");
            String expected = decode(f[2]);
            String id = "c" + n++;
            if (KNOWN_GAPS.contains(snippet)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(snippet, () -> check(id, snippet, ok, expected)));
        }
        return tests.stream();
    }

    private void check(String id, String snippet, boolean ok, String expected) throws IOException {
        Path chart = tmp.resolve(id).resolve("c");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.copy(CASES.resolve("values.yaml"), chart.resolve("values.yaml"));
        Files.writeString(chart.resolve("templates/t.yaml"), "v: " + snippet + "\n");
        Files.writeString(chart.resolve("templates/_helpers.tpl"), "{{- define \"named\" }}N{{ end }}\n");
        TemplateOptions options = TemplateOptions.builder().releaseName("r").chart(chart.toString()).build();
        Template action = new Template(ActionContext.builder()
                .values(ValueSource.local(tmp, new ByteArrayInputStream(new byte[0]))).build());
        if (ok) {
            assertThat(action.run(options).output()).isEqualTo(expected);
            return;
        }
        try {
            action.run(options);
            fail("expected an error: " + expected);
        } catch (Helm4jException e) {
            // the whole text, several lines in Helm 4 (pkg/engine reformatExecErrorMsg)
            assertThat(e.getMessage()).isEqualTo(expected);
        }
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }

    private static List<String> expectedLines() throws IOException {
        try (InputStream in = FunctionTypesOracleTest.class.getResourceAsStream("functypes-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
