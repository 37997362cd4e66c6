package io.helm4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small fixture chart per lint rule edge case (src/test/resources/lint/charts), each checked
 * against what Helm 4 prints for it, with and without --strict: expected-helm4/, derived by
 * helm4-expected.py from what the reference Helm 3.21 printed (expected/, from generate-expected.sh) with
 * the rules Helm 4 changed (its strict Chart.yaml reading, chart-name pattern, SemVer 2 warning, missing
 * templates/ warning, .yml manifests, CRD checks; the Helm 2 leftover checks removed). The oracle renders
 * with an empty release namespace and checks deprecations against v1.20 (its unlinked build), so these run
 * with "" and {@link LintConfig#UNLINKED_BASELINE}.
 */
class LintFixturesTest {
    static final Path DIR = Path.of("src/test/resources/lint");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR.resolve("charts"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            return names.stream().flatMap(n -> Stream.of(n, n + ".strict"));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTheReferenceHelm(String name) throws IOException {
        String known = KnownDifferences.reason(name);
        Assumptions.assumeTrue(known == null, known);
        boolean strict = name.endsWith(".strict");
        String chart = strict ? name.substring(0, name.length() - ".strict".length()) : name;
        Path wd = DIR.toAbsolutePath();
        Lint lint = new Lint(ActionContext.builder().workingDir(wd)
                .values(ValueSource.local(wd, new ByteArrayInputStream(new byte[0]))).build());
        String actual = LintText.render(lint.run(LintOptions.builder().path("charts/" + chart).strict(strict)
                .namespace("").deprecationBaseline(LintConfig.UNLINKED_BASELINE).build()), false).replace(wd + "/", "<DIR>/");
        String expected = Files.readString(DIR.resolve("expected-helm4/" + name + ".txt"));
        assertThat(actual).isEqualTo(expected);
    }
}
