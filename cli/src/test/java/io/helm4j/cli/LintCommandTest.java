package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LintCommandTest {
    static final String CHARTS = Path.of("../core/src/test/resources/lint/charts").toAbsolutePath().normalize()
            .toString();

    @Test
    void aCleanChartExitsZeroWithTheSummaryOnStdout() {
        // Helm 4 no longer checks for Helm 2's crd-install hook, so this chart is clean.
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", CHARTS + "/crd-install-hook");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("==> Linting " + CHARTS + "/crd-install-hook\n\n"
                + "1 chart(s) linted, 0 chart(s) failed\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFailingChartExitsOneWithTheSummaryAsTheError() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", CHARTS + "/bad-icon");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[ERROR] Chart.yaml: invalid icon URL 'foo.png'\n");
        assertThat(r.err()).isEqualTo("Error: 1 chart(s) linted, 1 chart(s) failed\n");
    }

    @Test
    void strictFailsOnWarnings() {
        String chart = CHARTS + "/no-templates"; // Helm 4 warns: templates/: directory does not exist
        assertThat(CliBasicsTest.run(Map.of(), "lint", chart).code()).isZero();
        assertThat(CliBasicsTest.run(Map.of(), "lint", "--strict", chart).code()).isEqualTo(1);
    }

    /** Beyond Helm: the same env name twice in a container, which server-side apply rejects, is a warning. */
    @Test
    void aListWithTwoEntriesOfOneKeyIsAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path c = dir.resolve("dup");
        java.nio.file.Files.createDirectories(c.resolve("templates"));
        java.nio.file.Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: dup\nversion: 0.1.0\n");
        java.nio.file.Files.writeString(c.resolve("values.yaml"), "");
        java.nio.file.Files.copy(Path.of("../core/src/test/resources/io/helm4j/action/duplicate-env-pod.yaml"),
                c.resolve("templates/pod.yaml"));
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", c.toString());
        assertThat(r.out()).contains("[WARNING] templates/pod.yaml: Pod \"web\": .spec.containers[name=\"app\"].env: "
                + "duplicate entries for key [name=\"A\"]: server-side apply (Helm 4's default) rejects a list with two "
                + "entries of one key; keep one entry per key\n");
        assertThat(r.code()).isZero();
        assertThat(CliBasicsTest.run(Map.of(), "lint", "--strict", c.toString()).code()).isEqualTo(1);
    }

    /** Beyond Helm: a custom resource's list typed map by a definition in the chart's crds/, a key twice. */
    @Test
    void aCustomResourcesListWithTwoEntriesOfOneKeyIsAWarning(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path c = dir.resolve("gizmo");
        Path fixtures = Path.of("../core/src/test/resources/io/helm4j/action");
        java.nio.file.Files.createDirectories(c.resolve("templates"));
        java.nio.file.Files.createDirectories(c.resolve("crds"));
        java.nio.file.Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: gizmo\nversion: 0.1.0\n");
        java.nio.file.Files.writeString(c.resolve("values.yaml"), "");
        java.nio.file.Files.copy(fixtures.resolve("kube13-gizmo-crd.yaml"), c.resolve("crds/gizmo.yaml"));
        java.nio.file.Files.copy(fixtures.resolve("kube13-gizmo-duplicates.yaml"), c.resolve("templates/gizmo.yaml"));
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", c.toString());
        // the API server's words (CustomResourceListKeysClusterTest)
        assertThat(r.out()).contains("[WARNING] templates/gizmo.yaml: Gizmo \"test-release-gizmo\": "
                + String.join("; ", CustomResourceListKeysClusterTest.DUPLICATES)
                + ": server-side apply (Helm 4's default) rejects a list with two entries of one key; keep one entry "
                + "per key\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void aMissingChartIsReportedAsAnError() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", "/no/such/chart");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("==> Linting /no/such/chart\n"
                + "Error unable to check Chart.yaml file in chart: stat /no/such/chart/Chart.yaml: "
                + "no such file or directory\n\n");
    }

    @Test
    void valuesFromSetReachTheTemplates() {
        String chart = CHARTS + "/manifests";
        assertThat(CliBasicsTest.run(Map.of(), "lint", chart).out()).doesNotContain("\"x-manifests\"");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", "--kube-version", "1.25", chart);
        assertThat(r.out()).contains("extensions/v1beta1 Ingress is deprecated in v1.14+");
    }

    @Test
    void aBadKubeVersionIsAnError() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", "--kube-version", "x.y", CHARTS + "/manifests");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: invalid kube version 'x.y'");
    }

    @Test
    void withSubchartsAlsoLintsArchivesUnderCharts() {
        String chart = CHARTS + "/with-subchart-archive";
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", "--with-subcharts", chart);
        assertThat(r.out()).contains("==> Linting " + chart + "\n")
                .contains("\n==> Linting " + chart + "/charts/compressedchart-0.1.0.tgz\n"
                        + "[INFO] Chart.yaml: icon is recommended\n\n");
        assertThat(r.err()).isEqualTo("Error: 2 chart(s) linted, 1 chart(s) failed\n");
    }

    @Test
    void quietPrintsNothingForCleanCharts() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", "--quiet", CHARTS + "/crd-install-hook");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBrokenArchiveIsUnpackedAndLintedAsHelmDoes() {
        String archive = CHARTS.replace("/charts", "/archives") + "/broken-0.1.0.tgz";
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", archive);
        assertThat(r.out()).isEqualTo("==> Linting " + archive + "\n"
                + "[ERROR] Chart.yaml: version '1.x' is not a valid SemVer\n"
                + "[INFO] Chart.yaml: icon is recommended\n"
                + "[WARNING] Chart.yaml: version '1.x' is not a valid SemVerV2\n"
                + "[INFO] values.yaml: file does not exist\n"
                + "[ERROR] templates/: validation: chart.metadata.version \"1.x\" is invalid\n"
                + "[ERROR] : unable to load chart\n"
                + "\tvalidation: chart.metadata.version \"1.x\" is invalid\n\n");
        assertThat(r.code()).isEqualTo(1);
    }
}
