package io.helm4j.values;

import static io.helm4j.values.Fixtures.chart;
import static io.helm4j.values.Fixtures.dep;
import static io.helm4j.values.Fixtures.versioned;
import static io.helm4j.values.Fixtures.withSchema;
import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;

class ChartValuesTest {
    private final Chart app = withSchema(versioned("app", "1.0.0", "replicas: 1\ndb: {enabled: false}\n",
            List.of(dep("db", "1.0.0", "db.enabled", null, null, null)), versioned("db", "1.0.0", "port: 5432\n", null)),
            "{\"properties\": {\"replicas\": {\"type\": \"integer\"}}}");

    @Test
    void disabledSubchartsAreDroppedAndValuesCoalesced() {
        ChartValues.Resolved r = ChartValues.resolve(app, yaml("replicas: 3\n"), false, null);
        assertThat(r.chart().dependencies()).isEmpty();
        // a disabled subchart contributes no defaults
        assertThat(r.values()).isEqualTo(yaml("replicas: 3\ndb: {enabled: false}\n"));
        ChartValues.Resolved on = ChartValues.resolve(app, yaml("db: {enabled: true}\n"), false, null);
        assertThat(on.chart().dependencies()).extracting(Chart::name).containsExactly("db");
    }

    @Test
    void theSchemaIsCheckedUnlessSkipped() {
        assertThatThrownBy(() -> ChartValues.resolve(app, yaml("replicas: many\n"), false, null))
                .isInstanceOf(ValuesException.class)
                .hasMessage(SchemaValidation.HEADER + "app:\n- at '/replicas': got string, want integer\n");
        assertThat(ChartValues.resolve(app, yaml("replicas: many\n"), true, null).values())
                .containsEntry("replicas", "many");
    }

    @Test
    void aChartWithoutDependenciesIsUnchanged() {
        Chart plain = chart("plain", "a: 1\n");
        assertThat(ChartValues.resolve(plain, yaml("b: 2\n"), false, null).chart()).isSameAs(plain);
    }
}
