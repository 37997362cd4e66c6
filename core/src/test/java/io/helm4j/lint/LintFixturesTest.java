package io.helm4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small fixture chart per lint rule edge case (src/test/resources/lint/charts), each checked
 * against what the reference Helm printed for it (expected/, from generate-expected.sh), with and
 * without --strict. The oracle renders with an empty release namespace, so these run with "".
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
        Lint lint = new Lint(ValueSource.local(wd, new ByteArrayInputStream(new byte[0])), wd, Clock.systemUTC());
        String actual = LintText.render(lint.run(LintOptions.builder().path("charts/" + chart).strict(strict)
                .namespace("").build()), false).replace(wd + "/", "<DIR>/");
        String expected = Files.readString(DIR.resolve("expected/" + name + ".txt"));
        assertThat(actual).isEqualTo(expected);
    }
}
