package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads the real charts of the shared corpus (compared with a golden summary of template, file and
 * subchart counts; regenerate with {@code -Dgolden.update=true}) and Helm's own test charts (loadable
 * ones and broken ones with Helm's messages, as the reference Helm prints them).
 */
class CorpusChartsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus-charts.txt");

    @Test
    void everyCorpusChartLoadsWithTheExpectedParts() throws IOException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus/charts")),
                "skipped: the shared corpus (../shared/corpus/charts) is absent");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(shared.resolve("corpus/charts"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Chart c = ChartLoader.loadChart(dir);
                describe(c, dir.getFileName().toString(), "", lines);
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(77);
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static void describe(Chart c, String dir, String indent, List<String> out) {
        out.add(indent + dir + ": " + c.name() + " " + c.metadata().version() + " templates=" + c.templates().size()
                + " files=" + c.files().size() + " subcharts=" + c.dependencies().size() + " values="
                + c.values().size() + (c.schema() == null ? "" : " schema"));
        for (Chart d : c.dependencies()) {
            describe(d, d.name(), indent + "  ", out);
        }
    }

    private static Path testchart(String name) {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null, "skipped: the shared corpus (../shared/corpus) is absent");
        Path p = shared.resolve("corpus/helm-testdata/v3.21.0/cmd/helm/testdata/testcharts").resolve(name);
        assumeTrue(Files.exists(p), "skipped: Helm's test charts (" + p + ") are absent");
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "alpine, alpine", "chart-missing-deps, chart-missing-deps",
        "chart-with-deprecated-api, chart-with-deprecated-api", "chart-with-lib-dep, chart-with-lib-dep",
        "chart-with-only-crds, crd-test", "chart-with-schema, empty",
        "chart-with-schema-and-subchart, chart-without-schema", "chart-with-secret, chart-with-secret",
        "chart-with-subchart-notes, chart-with-subchart-notes", "chart-with-subchart-update, chart-with-subchart-update",
        "chart-with-template-lib-archive-dep, chart-with-template-lib-archive-dep",
        "chart-with-template-lib-dep, chart-with-template-lib-dep",
        "chart-with-template-with-invalid-yaml, chart-with-template-with-invalid-yaml",
        "compressedchart-0.1.0.tar.gz, compressedchart", "compressedchart-0.1.0.tgz, compressedchart",
        "compressedchart-0.2.0.tgz, compressedchart", "compressedchart-0.3.0.tgz, compressedchart",
        "compressedchart-with-hyphens-0.1.0.tgz, compressedchart-with-hyphens", "deprecated, deprecated",
        "empty, empty", "issue-7233, issue-7233", "issue-9027, issue-9027", "issue1979, alpine",
        "object-order, object-order", "oci-dependent-chart-0.1.0.tgz, oci-dependent-chart",
        "pre-release-chart-0.1.0-alpha.tgz, pre-release-chart", "reqtest, reqtest", "reqtest-0.1.0.tgz, reqtest",
        "signtest, signtest", "signtest-0.1.0.tgz, signtest", "subchart, subchart",
    })
    void helmTestChartLoads(String path, String name) {
        assertThat(ChartLoader.loadChart(testchart(path)).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "chart-bad-type;validation: chart.metadata.type must be application or library",
        "lib-chart;validation: chart.metadata.type must be application or library",
        "chart-with-bad-subcharts;error unpacking subchart bad-subchart in chart-with-bad-subcharts: "
                + "validation: chart.metadata.name is required",
        "upgradetest;Chart.yaml file is missing",
    })
    void brokenHelmTestChartFailsLikeHelm(String path, String message) {
        Path chart = testchart(path);
        assertThatThrownBy(() -> ChartLoader.loadChart(chart)).isInstanceOf(ChartException.class)
                .hasMessage(message);
    }

    @Test
    void malformedChartYamlNamesTheFile() {
        Path chart = testchart("chart-bad-requirements");
        assertThatThrownBy(() -> ChartLoader.loadChart(chart))
                .isInstanceOf(ChartException.class).hasMessageStartingWith("cannot load Chart.yaml: ");
    }

    @Test
    void subchartsOfTestChartsAreLoaded() {
        Chart c = ChartLoader.loadChart(testchart("chart-with-template-lib-archive-dep"));
        assertThat(c.dependencies()).isNotEmpty();
        Chart reqtest = ChartLoader.loadChart(testchart("reqtest-0.1.0.tgz"));
        assertThat(reqtest.metadata().apiVersion()).isEqualTo("v1");
        assertThat(reqtest.metadata().dependencies()).isNotEmpty();
    }
}
