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
 * Differential test over the shared rendering corpus: {@code lint charts/<chart>} from the corpus
 * folder must print what Helm 4 prints: src/test/resources/lint/corpus-helm4/<chart>.txt, derived by
 * helm4-expected.py from what the reference Helm 3.21 printed (corpus/<chart>.txt, from its
 * generate-expected.sh). The oracle renders with an empty release namespace and checks deprecations
 * against v1.20 (its unlinked build).
 * Every chart with {@code -Dlint.corpus=all}; by default a sample of {@value #SAMPLE} charts, as each
 * lint renders a whole chart.
 */
class LintCorpusTest {
    static final Path CORPUS = Path.of(System.getProperty("helm4j.corpus",
            System.getProperty("helm4j.shared", "../../shared") + "/corpus"));
    static final Path EXPECTED = Path.of("src/test/resources/lint/corpus-helm4");
    static final int SAMPLE = 8;

    static Stream<String> charts() throws IOException {
        try (Stream<Path> s = Files.list(EXPECTED)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            if ("all".equals(System.getProperty("lint.corpus"))) {
                return names.stream();
            }
            int step = Math.max(1, names.size() / SAMPLE);
            return java.util.stream.IntStream.range(0, names.size()).filter(i -> i % step == 0)
                    .mapToObj(names::get).limit(SAMPLE);
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void matchesTheReferenceHelm(String chart) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("charts/" + chart)), "skipped: the shared corpus (" + CORPUS + ") is absent");
        String known = KnownDifferences.reason(chart);
        Assumptions.assumeTrue(known == null, known);
        Path wd = CORPUS.toAbsolutePath();
        Lint lint = new Lint(ActionContext.builder().workingDir(wd)
                .values(ValueSource.local(wd, new ByteArrayInputStream(new byte[0]))).build());
        String actual = LintText.render(lint.run(LintOptions.builder().path("charts/" + chart).namespace("").deprecationBaseline(LintConfig.UNLINKED_BASELINE).build()),
                false).replace(wd + "/", "<CORPUS>/");
        assertThat(actual).isEqualTo(Files.readString(EXPECTED.resolve(chart + ".txt")));
    }
}
