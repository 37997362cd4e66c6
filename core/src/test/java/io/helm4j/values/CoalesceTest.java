package io.helm4j.values;

import static io.helm4j.values.Fixtures.chart;
import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;

class CoalesceTest {
    private final List<String> warnings = new ArrayList<>();
    private final EventSink sink = e -> warnings.add(((Event.Warning) e).message());

    @Test
    void userValuesWinMapsMergeListsAreReplaced() {
        Chart c = chart("app", "image: {repo: nginx, tag: '1'}\nports: [80, 443]\nreplicas: 1\n");
        Map<String, Object> out = Coalesce.coalesceValues(c, yaml("image: {tag: '2'}\nports: [8080]\n"), sink);
        assertThat(out).isEqualTo(yaml("image: {repo: nginx, tag: '2'}\nports: [8080]\nreplicas: 1\n"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void nullInUserValuesRemovesTheDefaultAtAnyDepth() {
        Chart c = chart("app", "a: 1\nm: {x: 1, y: {z: 2}}\n");
        Map<String, Object> out = Coalesce.coalesceValues(c, yaml("a: null\nm: {y: null}\n"), sink);
        assertThat(out).isEqualTo(yaml("m: {x: 1}\n"));
    }

    @Test
    void nullForAKeyTheChartDoesNotHaveIsKept() {
        Chart c = chart("app", "m: {x: 1}\n");
        Map<String, Object> out = Coalesce.coalesceValues(c, yaml("other: null\nm: {extra: null}\n"), sink);
        assertThat(out).isEqualTo(yaml("m: {x: 1, extra: null}\nother: null\n"));
    }

    /**
     * Helm 4.2.0: a chart default's null is dropped when coalescing, and nulls inside default tables are cleaned
     * (Helm 4.3.2 renders {@code toJson .Values} of this chart as {@code {"m":{}}}; Helm 3.21 kept both nulls).
     */
    @Test
    void nullDefaultsAreDropped() {
        Chart c = chart("app", "a: null\nm: {k: null}\n");
        assertThat(Coalesce.coalesceValues(c, Map.of(), sink)).isEqualTo(yaml("m: {}\n"));
    }

    @Test
    void mergeValuesKeepsNullDefaults() {
        Chart c = chart("app", "a: null\nm: {k: null}\n");
        assertThat(Coalesce.mergeValues(c, Map.of(), sink)).isEqualTo(yaml("a: null\nm: {k: null}\n"));
    }

    @Test
    void mergeValuesKeepsNulls() {
        Chart c = chart("app", "a: 1\nm: {x: 1, y: 2}\n");
        Map<String, Object> out = Coalesce.mergeValues(c, yaml("a: null\nm: {y: null}\n"), sink);
        assertThat(out).isEqualTo(yaml("a: null\nm: {x: 1, y: null}\n"));
    }

    @Test
    void typeClashesWarnAndTheUserValueStays() {
        Chart c = chart("app", "table: {k: v}\nscalar: s\nm: {t: {a: 1}, s: x}\n");
        Map<String, Object> out = Coalesce.coalesceValues(c,
                yaml("table: flat\nscalar: {k: v}\nm: {t: flat, s: {k: v}}\n"), sink);
        assertThat(out).isEqualTo(yaml("table: flat\nscalar: {k: v}\nm: {t: flat, s: {k: v}}\n"));
        assertThat(warnings).containsExactlyInAnyOrder(
                "warning: skipped value for app.scalar: Not a table.",
                "warning: cannot overwrite table with non table for app.m.t (map[a:1])",
                "warning: destination for app.m.s is a table. Ignoring non-table value (x)");
    }

    @Test
    void inputsAreNeverModified() {
        Chart c = chart("app", "m: {x: 1, y: 2}\n", chart("sub", "s: 1\nglobal: {g: 1}\n"));
        Map<String, Object> user = yaml("m: {y: null}\nsub: {t: 2}\nglobal: {h: 2}\n");
        Map<String, Object> userBefore = Values.deepCopyMap(user);
        Map<String, Object> defaultsBefore = Values.deepCopyMap(c.values());
        Coalesce.coalesceValues(c, user, sink);
        assertThat(user).isEqualTo(userBefore);
        assertThat(c.values()).isEqualTo(defaultsBefore);
    }

    @Test
    void parentValuesOverrideSubchartDefaultsAndGlobalsFlowDown() {
        Chart sub = chart("sub", "own: default\nkeep: 1\nglobal: {region: sub, subOnly: s}\n");
        Chart c = chart("app", "sub: {own: parent}\nglobal: {region: eu}\n", sub);
        Map<String, Object> out = Coalesce.coalesceValues(c, yaml("global: {extra: true}\n"), sink);
        assertThat(out).isEqualTo(yaml("""
                global: {region: eu, extra: true}
                sub:
                  own: parent
                  keep: 1
                  global: {region: eu, extra: true, subOnly: s}
                """));
    }

    @Test
    void userNullRemovesASubchartDefault() {
        Chart c = chart("app", null, chart("sub", "a: 1\nb: 2\n"));
        assertThat(Coalesce.coalesceValues(c, yaml("sub: {a: null}\n"), sink)).isEqualTo(yaml("sub: {b: 2, global: {}}\n"));
    }

    @Test
    void aNonTableForASubchartIsAnError() {
        Chart c = chart("app", null, chart("sub", "a: 1\n"));
        assertThatThrownBy(() -> Coalesce.coalesceValues(c, yaml("sub: foo\n"), sink))
                .isInstanceOf(ValuesException.class).hasMessage("type mismatch on sub: %!t(string=foo)");
    }

    @Test
    void nonTableGlobalsAreSkippedWithAWarning() {
        Chart c = chart("app", null, chart("sub", "a: 1\n"));
        Map<String, Object> out = Coalesce.coalesceValues(c, yaml("global: 1\n"), sink);
        assertThat(out).isEqualTo(yaml("global: 1\nsub: {a: 1}\n"));
        assertThat(warnings).containsExactly("warning: skipping globals because source global is not a table.");
    }

    @Test
    void coalesceTablesLetsTheDestinationWin() {
        Map<String, Object> out = Coalesce.coalesceTables(yaml("a: 1\nm: {x: 1, d: null}\n"),
                yaml("a: 2\nb: 3\nm: {y: 2, d: 4}\n"), sink);
        assertThat(out).isEqualTo(yaml("a: 1\nb: 3\nm: {x: 1, y: 2}\n"));
        assertThat(Coalesce.mergeTables(yaml("m: {d: null}\n"), yaml("m: {d: 4}\n"), sink))
                .isEqualTo(yaml("m: {d: null}\n"));
    }
}
