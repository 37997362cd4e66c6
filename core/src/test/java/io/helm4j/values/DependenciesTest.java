package io.helm4j.values;

import static io.helm4j.values.Fixtures.chart;
import static io.helm4j.values.Fixtures.versioned;
import static io.helm4j.values.Fixtures.dep;
import static io.helm4j.values.Fixtures.list;
import static io.helm4j.values.Fixtures.map;
import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;
import io.helm4j.chart.Dependency;
import io.helm4j.events.EventSink;

class DependenciesTest {
    private final List<String> warnings = new ArrayList<>();
    private final EventSink sink = e -> warnings.add(e.message());

    private static List<String> names(Chart c) {
        return Charts.deps(c).stream().map(Chart::name).toList();
    }

    @Test
    void checkNamesEveryMissingDependency() {
        Chart c = versioned("app", "1.0.0", null, List.of(dep("a", "1"), dep("b", "1"), dep("c", "1")),
                chart("b", null));
        assertThatThrownBy(() -> Dependencies.check(c)).isInstanceOf(ValuesException.class)
                .hasMessage("found in Chart.yaml, but missing in charts/ directory: a, c");
        Dependencies.check(versioned("app", "1.0.0", null, List.of(dep("b", "1")), chart("b", null)));
    }

    @Test
    void aliasesCopyTheSubchartUnderNewNames() {
        Chart sub = versioned("db", "1.2.0", "port: 1\n", null);
        Chart c = versioned("app", "1.0.0", null, List.of(
                dep("db", "1.x", null, null, "primary", null),
                dep("db", "^1.0.0", null, null, "replica", null)), sub);
        Chart out = Dependencies.process(c, Map.of(), sink);
        assertThat(names(out)).containsExactly("primary", "replica");
        assertThat(out.metadata().dependencies()).extracting(Dependency::name).containsExactly("primary", "replica");
        assertThat(Coalesce.coalesceValues(out, Map.of(), sink)).containsKeys("primary", "replica");
        assertThat(names(c)).containsExactly("db"); // the input is unchanged
    }

    @Test
    void aSubchartOutsideTheVersionRangeIsKeptAsItIs() {
        Chart c = versioned("app", "1.0.0", null, List.of(dep("db", ">=2", null, null, "x", null),
                dep("nover", null, null, null, "y", null)), versioned("db", "1.0.0", null, null),
                versioned("nover", "1.0.0", null, null));
        assertThat(names(Dependencies.process(c, Map.of(), sink))).containsExactly("db", "nover");
    }

    @Test
    void enabledInChartYamlIsIgnored() {
        Dependency off = new Dependency("db", "1.0.0", null, null, null, false, null, null);
        Chart c = versioned("app", "1.0.0", null, List.of(off), versioned("db", "1.0.0", null, null));
        assertThat(names(Dependencies.process(c, Map.of(), sink))).containsExactly("db");
    }

    @Test
    void theFirstConditionFoundDecides() {
        Chart c = versioned("app", "1.0.0", "db: {enabled: true}\n",
                List.of(dep("db", "1.0.0", "missing.path,db.enabled,global.db", null, null, null)),
                versioned("db", "1.0.0", null, null));
        assertThat(names(Dependencies.process(c, Map.of(), sink))).containsExactly("db");
        assertThat(names(Dependencies.process(c, yaml("db: {enabled: false}\nglobal: {db: true}\n"), sink)))
                .isEmpty();
    }

    @Test
    void conditionPathsAreNotTrimmedAfterTheComma() {
        Chart c = versioned("app", "1.0.0", null, List.of(dep("db", "1.0.0", "a.on, b.on", null, null, null)),
                versioned("db", "1.0.0", null, null));
        // " b.on" names a key with a leading space, which is never found: db stays enabled
        assertThat(names(Dependencies.process(c, yaml("b: {on: false}\n".replace("on", "\"on\"")), sink)))
                .containsExactly("db");
    }

    @Test
    void aNonBooleanConditionWarnsAndIsSkipped() {
        Chart c = versioned("app", "1.0.0", null, List.of(dep("db", "1.0.0", "db.enabled,other", null, null, null)),
                versioned("db", "1.0.0", null, null));
        assertThat(names(Dependencies.process(c, yaml("db: {enabled: maybe}\nother: false\n"), sink))).isEmpty();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("non-bool").contains("db.enabled");
    }

    @Test
    void tagsDisableOnlyWhenNoTagIsTrue() {
        Chart c = versioned("app", "1.0.0", null, List.of(
                dep("a", "1.0.0", null, List.of("front", "back"), null, null),
                dep("b", "1.0.0", null, List.of("back"), null, null),
                dep("c", "1.0.0", "c.on", List.of("back"), null, null)),
                versioned("a", "1.0.0", null, null), versioned("b", "1.0.0", null, null), versioned("c", "1.0.0", null, null));
        Map<String, Object> vals = yaml("tags: {front: true, back: false}\nc: {on: true}\n".replace("on:", "\"on\":"));
        assertThat(names(Dependencies.process(c, vals, sink))).containsExactly("a", "c");
    }

    @Test
    void conditionsOfNestedChartsAreReadUnderTheirPath() {
        Chart leaf = versioned("leaf", "1.0.0", null, null);
        Chart mid = versioned("mid", "1.0.0", "leaf: {enabled: true}\n",
                List.of(dep("leaf", "1.0.0", "leaf.enabled", null, null, null)), leaf);
        Chart c = versioned("app", "1.0.0", null, List.of(dep("mid", "1.0.0")), mid);
        assertThat(names(Dependencies.process(c, Map.of(), sink).dependencies().get(0))).containsExactly("leaf");
        Chart off = Dependencies.process(c, yaml("mid: {leaf: {enabled: false}}\n"), sink);
        assertThat(names(off.dependencies().get(0))).isEmpty();
    }

    @Test
    void importValuesInBothFormsAndTheParentWins() {
        Chart lib = versioned("lib", "1.0.0", """
                exports:
                  data: {fromExports: e, shared: lib}
                config:
                  server: {port: 80, host: lib}
                """, null);
        Chart c = versioned("app", "1.0.0", "shared: parent\nimported: {server: {port: 8080}}\n",
                List.of(dep("lib", "1.0.0", null, null, null,
                        list("data", map("child", "config.server", "parent", "imported.server")))), lib);
        Chart out = Dependencies.process(c, Map.of(), sink);
        Map<String, Object> vals = Coalesce.coalesceValues(out, Map.of(), sink);
        assertThat(vals).containsEntry("fromExports", "e").containsEntry("shared", "parent");
        assertThat(vals.get("imported")).isEqualTo(yaml("server: {port: 8080, host: lib}\n"));
        assertThat(out.metadata().dependencies().get(0).importValues()).isEqualTo(list(
                map("child", "exports.data", "parent", "."),
                map("child", "config.server", "parent", "imported.server")));
    }

    @Test
    void aMissingImportWarns() {
        Chart c = versioned("app", "1.0.0", null, List.of(dep("lib", "1.0.0", null, null, null, list("nothing"))),
                versioned("lib", "1.0.0", null, null));
        Dependencies.process(c, Map.of(), sink);
        assertThat(warnings).singleElement().asString().contains("ImportValues missing table");
    }
}
