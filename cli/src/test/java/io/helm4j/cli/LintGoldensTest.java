package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Lint;
import io.helm4j.action.LintOptions;
import io.helm4j.action.LintResult;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Helm 3.21's own lint goldens (cmd/helm/testdata/output/lint-*.txt), or Helm 4's where it prints
 * otherwise (src/test/resources/helm-goldens/helm4, see its README): each goldens.json entry of
 * lint_test.go, with its command resolved from lint_test.go's test charts, run from cmd/helm as
 * Helm's tests run. Flags are parsed by picocli into {@link LintCommand}; the output is what the
 * command prints, followed by the "Error: ..." line when it fails.
 */
class LintGoldensTest {
    static final Path HELM = Path.of(System.getProperty("helm.testdata",
            System.getProperty("helm4j.shared", "../../shared") + "/corpus/helm-testdata/v3.21.0")).resolve("cmd/helm")
            .toAbsolutePath().normalize();

    static Stream<Arguments> goldens() {
        String bad = "testdata/testcharts/chart-with-bad-subcharts";
        String alpine = "testdata/testcharts/alpine";
        String badReqs = "testdata/testcharts/chart-bad-requirements";
        String deprecated = "testdata/testcharts/chart-with-deprecated-api";
        return Stream.of(
                Arguments.of("lint-chart-with-bad-subcharts.txt", List.of(bad)),
                Arguments.of("lint-chart-with-bad-subcharts-with-subcharts.txt", List.of("--with-subcharts", bad)),
                Arguments.of("lint-quiet.txt", List.of("--quiet", alpine)),
                Arguments.of("lint-quiet-with-error.txt", List.of("--quiet", alpine, badReqs)),
                Arguments.of("lint-quiet-with-warning.txt",
                        List.of("--quiet", "testdata/testcharts/chart-with-only-crds")),
                Arguments.of("lint-chart-with-deprecated-api.txt", List.of("--kube-version", "1.22.0", deprecated)),
                Arguments.of("lint-chart-with-deprecated-api-strict.txt",
                        List.of("--kube-version", "1.22.0", "--strict", deprecated)),
                Arguments.of("lint-chart-with-deprecated-api-old-k8s.txt", List.of(deprecated)),
                Arguments.of("lint-chart-with-deprecated-api-old-k8s.txt",
                        List.of("--kube-version", "1.21.0", "--strict", deprecated)));
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void printsWhatHelmsGoldenSays(String golden, List<String> args) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(HELM), "skipped: Helm's test data (" + HELM + ") is absent");
        String helm4 = HelmGoldensTest.helm4Golden(golden);
        assertThat(run(args)).isEqualTo(helm4 != null ? helm4
                : Files.readString(HELM.resolve("testdata/output").resolve(golden)));
    }

    @Test
    void everyLintGoldenIsCovered() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(HELM), "skipped: Helm's test data (" + HELM + ") is absent");
        String json = Files.readString(HELM.resolve("../../goldens.json"));
        long entries = json.split("\"test\": \"lint_test.go\"", -1).length - 1;
        assertThat(entries).isEqualTo(goldens().count());
    }

    static String run(List<String> args) {
        CommandLine line = new CommandLine(new LintCommand().model());
        line.parseArgs(args.toArray(String[]::new));
        LintCommand cmd = line.getCommand();
        // Helm's goldens come from `go test`, which builds without the Makefile's Kubernetes version flags.
        LintOptions options = cmd.toOptions("default").withDeprecationBaseline(io.helm4j.lint.LintConfig.UNLINKED_BASELINE);
        Lint lint = new Lint(ActionContext.builder().workingDir(HELM)
                .values(ValueSource.local(HELM, new ByteArrayInputStream(new byte[0]))).build());
        LintResult result = lint.run(options);
        String out = LintPrinter.render(result, options.quiet());
        return result.failed() > 0 ? out + "Error: " + result.summary() + "\n" : out;
    }
}
