package io.helm4j.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsTest {
    @Test
    void wholeNumbersAreIntegersAsUnstructuredDecodingHasThem() {
        Resource d = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec: {replicas: 3, ratio: 0.5, big: 1e3}
                """).getFirst();
        assertThat(d.at("spec", "replicas")).isEqualTo(3L);
        assertThat(d.at("spec", "ratio")).isEqualTo(0.5);
        assertThat(d.at("spec", "big")).isEqualTo(1000L);
        assertThat(d.gvk()).isEqualTo(new GroupVersionKind("apps", "v1", "Deployment"));
        assertThat(d.ref()).hasToString("web apps/v1, Kind=Deployment");
    }

    @Test
    void emptyDocumentsAreSkippedAndListsFlattened() {
        List<Resource> rs = Manifests.parse("""
                ---
                # only a comment
                ---
                apiVersion: v1
                kind: List
                items:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
                - {apiVersion: v1, kind: Secret, metadata: {name: b}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: c}
                """);
        assertThat(rs).extracting(Resource::kind).containsExactly("ConfigMap", "Secret", "Service");
    }

    @Test
    void aDocumentWithoutKindIsRefused() {
        assertThatThrownBy(() -> Manifests.parse("metadata: {name: x}\n")).isInstanceOf(Helm4jException.class)
                .hasMessageContaining("Object 'Kind' is missing");
    }

    @Test
    void jsonKeepsInt64AndRoundTrips() {
        Object o = KubeJson.parse("{\"a\":9007199254740993,\"b\":1.5,\"c\":[true,null,\"x\\n\\u00e9\"],\"d\":1e2}");
        assertThat(o).isEqualTo(Map.of("a", 9007199254740993L, "b", 1.5, "c", java.util.Arrays.asList(true, null, "x\né"), "d", 100.0));
        assertThat(KubeJson.write(o)).isEqualTo("{\"a\":9007199254740993,\"b\":1.5,\"c\":[true,null,\"x\\né\"],\"d\":100}");
    }

    @Test
    void resourcesAreImmutableCopies() {
        Resource r = Manifests.parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n").getFirst();
        Resource moved = r.withNamespace("ns");
        assertThat(r.namespace()).isEmpty();
        assertThat(moved.namespace()).isEqualTo("ns");
        assertThatThrownBy(() -> r.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
