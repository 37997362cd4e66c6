package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartDirsTest {

    @Test
    void validChartDirPasses() {
        assertThatCode(() -> ChartDirs.requireChartDir(Fixtures.chart("basic"))).doesNotThrowAnyException();
    }

    @Test
    void failuresUseHelmsMessages(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        assertThatThrownBy(() -> ChartDirs.requireChartDir(file)).hasMessage("\"" + file + "\" is not a directory");
        assertThatThrownBy(() -> ChartDirs.requireChartDir(tmp))
                .hasMessage("no Chart.yaml exists in directory \"" + tmp + "\"");
        Files.writeString(tmp.resolve("Chart.yaml"), "");
        assertThatThrownBy(() -> ChartDirs.requireChartDir(tmp)).hasMessage("chart metadata (Chart.yaml) missing");
        Files.writeString(tmp.resolve("Chart.yaml"), "version: 1.0.0\n");
        assertThatThrownBy(() -> ChartDirs.requireChartDir(tmp))
                .hasMessage("invalid chart (Chart.yaml): name must not be empty");
        assertThatThrownBy(() -> ChartDirs.requireChartDir(tmp.resolve("nope")))
                .hasMessage("stat " + tmp.resolve("nope") + ": no such file or directory");
    }

    @Test
    void readChartfileDoesNotValidateOrDefault() {
        Metadata md = ChartDirs.readChartfile(Fixtures.chart("v1-requirements").resolve("Chart.yaml"));
        assertThat(md.name()).isEqualTo("legacy");
        assertThat(md.apiVersion()).isEmpty();
        Metadata bad = ChartDirs.readChartfile(Fixtures.chart("bad-version").resolve("Chart.yaml"));
        assertThat(bad.version()).isEqualTo("x.y");
    }
}
