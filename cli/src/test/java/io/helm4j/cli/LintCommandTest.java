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
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "lint", CHARTS + "/no-templates");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("==> Linting " + CHARTS + "/no-templates\n"
                + "[INFO] Chart.yaml: icon is recommended\n[INFO] values.yaml: file does not exist\n\n"
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
        String chart = CHARTS + "/crd-install-hook";
        assertThat(CliBasicsTest.run(Map.of(), "lint", chart).code()).isZero();
        assertThat(CliBasicsTest.run(Map.of(), "lint", "--strict", chart).code()).isEqualTo(1);
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
}
