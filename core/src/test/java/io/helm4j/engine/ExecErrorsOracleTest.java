package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helm 4's execution errors, byte for byte: the several-line form of {@code reformatExecErrorMsg} (every level of
 * Go's error chain a template error text: nil pointers, wrong types, include chains, {@code no template}), the
 * errors it leaves on one line (a builtin's or Sprig's error below {@code error calling}, tpl's wrapping,
 * include's nested-reference error) and fail/required. The charts are the lines of
 * {@code src/test/oracle/execerrors/cases.txt}; what {@code helm template} printed on standard error is Helm
 * 4.3.2's ({@code generate.sh} there, {@code execerrors-expected.tsv}). The lint, install and {@code --debug}
 * paths of the same charts: {@code ExecErrorsCliOracleTest} in the cli module.
 */
class ExecErrorsOracleTest {
    static final String RESOURCE = "execerrors-expected.tsv";

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> executionErrorsPrintLikeHelm4() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (String row : rows()) {
            String[] f = row.split("\t", -1);
            String id = "c" + i++;
            int code = Integer.parseInt(f[1]);
            String stdout = decode(f[2]);
            String stderr = decode(f[3]);
            tests.add(DynamicTest.dynamicTest(f[0], () -> check(id, f[0], code, stdout, stderr)));
        }
        return tests.stream();
    }

    private void check(String id, String line, int code, String stdout, String stderr) throws IOException {
        Path chart = writeChart(tmp.resolve(id), line);
        TemplateOptions options = TemplateOptions.builder().releaseName("r").chart(chart.toString()).build();
        Template action = new Template(ActionContext.builder()
                .values(ValueSource.local(tmp, new ByteArrayInputStream(new byte[0]))).build());
        if (code == 0) {
            assertThat(action.run(options).output()).isEqualTo(stdout);
            return;
        }
        assertThatThrownBy(() -> action.run(options)).isInstanceOf(Helm4jException.class)
                .satisfies(e -> assertThat("Error: " + e.getMessage() + "\n").isEqualTo(stderr));
    }

    /** The chart generate.sh writes for a line of cases.txt, as {@code dir/c}. */
    static Path writeChart(Path dir, String line) throws IOException {
        Path c = dir.resolve("c");
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("charts/sub/templates"));
        Files.writeString(c.resolve("Chart.yaml"),
                "apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n");
        Files.writeString(c.resolve("charts/sub/Chart.yaml"), "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"),
                "s: str\nn: 3\nlist: [1, 2]\nm:\n  k: v\n  inner:\n    z: 1\nempty: \"\"\nsub:\n  a: 1\n");
        Files.writeString(c.resolve("charts/sub/values.yaml"), "a: 0\nb: [x]\n");
        String[] files = {"templates/t.yaml", "templates/_helpers.tpl", "charts/sub/templates/s.yaml"};
        String[] parts = line.replace("\\n", "\n").split(" @@ ", -1);
        for (int i = 0; i < parts.length; i++) {
            Files.writeString(c.resolve(files[i]), parts[i] + "\n");
        }
        return c;
    }

    static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }

    static List<String> rows() throws IOException {
        try (InputStream in = ExecErrorsOracleTest.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
