package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyCommandTest {
    @TempDir
    Path tmp;

    private static CliBasicsTest.Result run(String... args) {
        return CliBasicsTest.run(Map.of(), args);
    }

    private static void chart(Path dir, String name, String version) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
    }

    /** Every status at once; the expected table is what the reference Helm 3.21 printed for this chart. */
    @Test
    void listsEveryStatusAsHelmDoes() throws IOException {
        Path parent = tmp.resolve("parent");
        Path charts = parent.resolve("charts");
        chart(charts.resolve("a"), "a", "1.0.0");
        chart(charts.resolve("b"), "b", "1.0.0");
        chart(charts.resolve("g"), "g", "1.0.0");
        chart(charts.resolve("extra"), "extra", "0.1.0");
        chart(tmp.resolve("src/e"), "e", "1.0.0");
        chart(tmp.resolve("src/f"), "f", "1.0.0");
        assertThat(run("package", tmp.resolve("src/e").toString(), "-d", tmp.resolve("src").toString()).code()).isZero();
        Files.move(tmp.resolve("src/e-1.0.0.tgz"), charts.resolve("d-1.0.0.tgz"));
        assertThat(run("package", tmp.resolve("src/f").toString(), "-d", charts.toString()).code()).isZero();
        Files.writeString(parent.resolve("Chart.yaml"), """
                apiVersion: v2
                name: parent
                version: 1.0.0
                dependencies:
                - name: a
                  version: 1.0.0
                  repository: https://example.com/charts
                - name: b
                  version: ^2.0.0
                  repository: https://example.com/charts
                - name: c
                  version: 1.0.0
                  repository: file://../c
                - name: d
                  version: 1.0.0
                  repository: https://example.com/charts
                - name: f
                  version: ">=0.1.0"
                  repository: oci://registry.example.com/a-rather-long-repository-path/that-keeps-going/and-going/past-eighty
                - name: g
                  version: "not a constraint!!"
                  repository: https://example.com/charts
                """);
        CliBasicsTest.Result r = run("dependency", "list", parent.toString());
        assertThat(r.err()).isEmpty();
        String pad = " ".repeat(54);
        assertThat(r.out()).isEqualTo(String.join("\n", List.of(
                "NAME\tVERSION           \tREPOSITORY                " + pad + "\tSTATUS         ",
                "a   \t1.0.0             \thttps://example.com/charts" + pad + "\tunpacked       ",
                "b   \t^2.0.0            \thttps://example.com/charts" + pad + "\twrong version  ",
                "c   \t1.0.0             \tfile://../c               " + pad + "\tmissing        ",
                "d   \t1.0.0             \thttps://example.com/charts" + pad + "\tmisnamed       ",
                "f   \t>=0.1.0           \toci://registry.example.com/a-rather-long-repository-path/that-keeps-going/and...\tok             ",
                "g   \tnot a constraint!!\thttps://example.com/charts" + pad + "\tinvalid version",
                "",
                "WARNING: \"" + charts.resolve("d-1.0.0.tgz") + "\" is not in Chart.yaml.",
                "WARNING: \"" + charts.resolve("extra") + "\" is not in Chart.yaml.",
                "")));
    }

    @Test
    void aChartWithoutDependenciesSaysWhereItLooked() throws IOException {
        chart(tmp.resolve("solo"), "solo", "1.0.0");
        CliBasicsTest.Result r = run("dep", "ls", tmp.resolve("solo") + "/");
        assertThat(r.out()).isEqualTo("WARNING: no dependencies at " + tmp.resolve("solo/charts") + "\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void aMissingChartIsAnError() {
        CliBasicsTest.Result r = run("dependency", "list", "/no/such/chart");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: stat /no/such/chart: no such file or directory\n");
    }

    @Test
    void columnsAreCutToTheMaximumWidth() {
        assertThat(DependencyCommand.table(List.of(List.of("NAME", "X"), List.of("abcdefgh", "y")), 5))
                .isEqualTo("NAME \tX\nab...\ty");
    }
}
