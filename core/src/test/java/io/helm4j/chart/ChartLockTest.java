package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLockTest {

    @Test
    void parsesTheChartsLockFile() {
        ChartLock lock = ChartLock.of(ChartLoader.loadChart(Fixtures.chart("basic")));
        assertThat(lock.digest()).isEqualTo("sha256:abc");
        assertThat(lock.generated()).startsWith("2024-01-01");
        assertThat(lock.dependencies()).extracting(Dependency::name, Dependency::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sub", "0.1.0"));
    }

    @Test
    void v1ChartsUseRequirementsLock() {
        ChartLock lock = ChartLock.of(ChartLoader.loadChart(Fixtures.chart("v1-requirements")));
        assertThat(lock.dependencies()).extracting(Dependency::version).containsExactly("7.3.1");
    }

    @Test
    void chartWithoutLockHasNone() {
        assertThat(ChartLock.of(ChartLoader.loadChart(Fixtures.chart("library")))).isNull();
    }

    @Test
    void malformedLockFailsTheLoadWithHelmsMessage() {
        List<ChartFile> files = List.of(new ChartFile("Chart.yaml", Fixtures.chartYaml("x", "1.0.0").getBytes()),
                new ChartFile("Chart.lock", "dependencies: x\ndigest: abc\n".getBytes()));
        assertThatThrownBy(() -> ChartLoader.create().loadFiles(files)).isInstanceOf(ChartException.class)
                .hasMessage("cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: json: cannot "
                        + "unmarshal string into Go struct field Lock.dependencies of type []*chart.Dependency");
        List<ChartFile> files2 = List.of(new ChartFile("Chart.yaml", Fixtures.chartYaml("x", "1.0.0").getBytes()),
                new ChartFile("Chart.lock", "digest: [1]\n".getBytes()));
        assertThatThrownBy(() -> ChartLoader.create().loadFiles(files2))
                .hasMessage("cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: json: cannot "
                        + "unmarshal array into Go struct field Lock.digest of type string");
    }
}
