package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.yaml.GoYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPathsTest {
    private static Map<String, Object> y(String yaml) {
        return GoYaml.loadMap(yaml);
    }

    @Test
    void namesListElementsByTheirMergeKeysAsTheApiServerWritesFieldPaths() {
        Map<String, Object> a = y("spec: {replicas: 1, template: {spec: {containers: [{name: web, image: a, "
                + "ports: [{containerPort: 80}]}, {name: side, image: s}]}}}");
        Map<String, Object> b = y("spec: {replicas: 3, template: {spec: {containers: [{name: side, image: s}, "
                + "{name: web, image: b, ports: [{containerPort: 8080}]}]}}}");
        assertThat(FieldPaths.diff(a, b)).extracting(FieldChange::path).containsExactly(
                ".spec.replicas",
                ".spec.template.spec.containers[name=\"web\"].image",
                ".spec.template.spec.containers[name=\"web\"].ports[containerPort=80]",
                ".spec.template.spec.containers[name=\"web\"].ports[containerPort=8080]");
    }

    @Test
    void numbersCompareByValueAndAWholeNewSubtreeIsOneChange() {
        assertThat(FieldPaths.diff(Map.of("a", 1L), Map.of("a", 1.0))).isEmpty();
        List<FieldChange> d = FieldPaths.diff(y("a: {}"), y("a: {b: {c: 1}}"));
        assertThat(d).containsExactly(new FieldChange(".a.b", null, Map.of("c", 1.0)));
    }

    @Test
    void unnamedListElementsGoByIndex() {
        assertThat(FieldPaths.diff(y("args: [a, b]"), y("args: [a, c, d]"))).extracting(FieldChange::path)
                .containsExactly(".args[1]", ".args[2]");
    }

    @Test
    void patternsMatchTheFieldAndWhatIsBelowItWithWildcards() {
        var p = FieldPaths.pattern(".webhooks[*].clientConfig.caBundle");
        assertThat(p.test(".webhooks[name=\"a.b\"].clientConfig.caBundle")).isTrue();
        assertThat(p.test(".webhooks[0].clientConfig.caBundle")).isTrue();
        assertThat(p.test(".webhooks[0].clientConfig.url")).isFalse();
        var r = FieldPaths.pattern(".spec.replicas");
        assertThat(r.test(".spec.replicas")).isTrue();
        assertThat(r.test(".spec.replicasX")).isFalse();
        assertThat(FieldPaths.pattern(".data").test(".data.key")).isTrue();
        assertThat(FieldPaths.pattern(".metadata.labels.*").test(".metadata.labels.app")).isTrue();
    }

    @Test
    void overlayKeepsTheSelectedFieldsAsTheyAreLive() {
        Map<String, Object> target = y("spec: {replicas: 2, template: {spec: {containers: [{name: web, image: a}]}}}");
        Map<String, Object> live = y("spec: {replicas: 7, paused: true, template: {spec: {containers: "
                + "[{name: web, image: b}]}}}");
        Object o = FieldPaths.overlay("", target, live, FieldPaths.pattern(".spec.replicas"));
        assertThat(o).isEqualTo(y("spec: {replicas: 7, template: {spec: {containers: [{name: web, image: a}]}}}"));
        Object images = FieldPaths.overlay("", target, live,
                FieldPaths.pattern(".spec.template.spec.containers[*].image"));
        assertThat(images).isEqualTo(y("spec: {replicas: 2, template: {spec: {containers: [{name: web, image: b}]}}}"));
        Object gone = FieldPaths.overlay("", target, y("spec: {}"), FieldPaths.pattern(".spec.replicas"));
        assertThat(gone).isEqualTo(y("spec: {template: {spec: {containers: [{name: web, image: a}]}}}"));
    }
}
