package io.helm4j.values;

import static io.helm4j.values.Fixtures.chart;
import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;
import io.helm4j.values.UpgradeValues.Mode;

class UpgradeValuesTest {
    private final Chart oldChart = chart("app", "a: old-default\nb: old-default\n");
    private final Chart newChart = chart("app", "a: new-default\nc: new-default\n");
    private final Map<String, Object> config = yaml("a: from-config\nm: {x: 1}\n");

    @Test
    void withoutFlagsTheCurrentConfigIsKeptOnlyWhenNothingNewIsGiven() {
        assertThat(UpgradeValues.resolve(Mode.DEFAULT, newChart, Map.of(), oldChart, config, null).values())
                .isEqualTo(config);
        assertThat(UpgradeValues.resolve(Mode.DEFAULT, newChart, yaml("z: 1\n"), oldChart, config, null).values())
                .isEqualTo(yaml("z: 1\n"));
    }

    @Test
    void resetUsesOnlyTheNewValues() {
        UpgradeValues.Result r = UpgradeValues.resolve(Mode.RESET, newChart, yaml("z: 1\n"), oldChart, config, null);
        assertThat(r.values()).isEqualTo(yaml("z: 1\n"));
        assertThat(r.chart()).isSameAs(newChart);
    }

    @Test
    void reuseLayersNewValuesOverTheConfigOverTheOldChartsValues() {
        UpgradeValues.Result r = UpgradeValues.resolve(Mode.REUSE, newChart, yaml("m: {y: 2}\n"), oldChart, config,
                null);
        assertThat(r.values()).isEqualTo(yaml("a: from-config\nm: {x: 1, y: 2}\n"));
        assertThat(r.chart().values()).isEqualTo(yaml("a: from-config\nb: old-default\nm: {x: 1}\n"));
        assertThat(Coalesce.coalesceValues(r.chart(), r.values(), null))
                .isEqualTo(yaml("a: from-config\nb: old-default\nm: {x: 1, y: 2}\n"));
    }

    @Test
    void resetThenReuseKeepsTheNewChartsDefaults() {
        UpgradeValues.Result r = UpgradeValues.resolve(Mode.RESET_THEN_REUSE, newChart, yaml("m: {y: 2}\n"),
                oldChart, config, null);
        assertThat(r.chart()).isSameAs(newChart);
        assertThat(Coalesce.coalesceValues(r.chart(), r.values(), null))
                .isEqualTo(yaml("a: from-config\nc: new-default\nm: {x: 1, y: 2}\n"));
    }
}
