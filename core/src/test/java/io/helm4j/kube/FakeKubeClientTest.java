package io.helm4j.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeKubeClientTest {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");
    private static final GroupVersionKind NS = new GroupVersionKind("", "v1", "Namespace");
    private final FakeKubeClient kube = new FakeKubeClient("apps",
            Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC));

    private Resource cm(String name, String ns, String labels) {
        return kube.build("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: %s, namespace: "%s", labels: {%s}}
                data: {k: v}
                """.formatted(name, ns, labels)).getFirst();
    }

    @Test
    void applyStoresTheObjectInTheDefaultNamespaceWithServerMetadata() {
        Resource out = kube.apply(cm("a", "", "app: x"), ApplyOptions.helm());
        assertThat(out.namespace()).isEqualTo("apps");
        assertThat(out.uid()).isNotEmpty();
        assertThat(out.at("metadata", "creationTimestamp")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(out.at("metadata", "managedFields")).isEqualTo(List.of(Map.of("manager", "helm", "operation",
                "Apply", "apiVersion", "v1", "fieldsType", "FieldsV1")));
        assertThat(kube.get(new ResourceRef(CM, "", "a"))).contains(out);
        Resource again = kube.apply(cm("a", "apps", "app: z"), ApplyOptions.helm());
        assertThat(again.uid()).isEqualTo(out.uid());
        assertThat(again.resourceVersion()).isNotEqualTo(out.resourceVersion());
        assertThat(again.labels()).containsEntry("app", "z");
        assertThat(kube.operations()).containsExactly("apply apps/a /v1, Kind=ConfigMap", "apply apps/a /v1, Kind=ConfigMap");
    }

    @Test
    void dryRunsAnswerWithoutStoring() {
        kube.apply(cm("a", "", ""), ApplyOptions.helm().withDryRun(true));
        kube.create(cm("b", "", ""), WriteOptions.helm().withDryRun(true));
        assertThat(kube.objects()).isEmpty();
        assertThat(kube.operations()).containsExactly("apply apps/a /v1, Kind=ConfigMap (dry run)",
                "create apps/b /v1, Kind=ConfigMap (dry run)");
    }

    @Test
    void createRefusesATakenName() {
        kube.create(cm("a", "", ""), WriteOptions.helm());
        assertThatThrownBy(() -> kube.create(cm("a", "apps", ""), WriteOptions.helm()))
                .isInstanceOf(KubeAlreadyExistsException.class)
                .hasMessage("configmaps \"a\" already exists");
    }

    @Test
    void listFiltersByNamespaceAndLabelSelector() {
        kube.apply(cm("a", "one", "app: web, tier: front"), ApplyOptions.helm());
        kube.apply(cm("b", "one", "app: web, tier: back"), ApplyOptions.helm());
        kube.apply(cm("c", "two", "app: db"), ApplyOptions.helm());
        assertThat(names(kube.list(CM, "one", ""))).containsExactly("a", "b");
        assertThat(names(kube.list(CM, "", "app=web,tier!=back"))).containsExactly("a");
        assertThat(names(kube.list(CM, "", "app in (web, db),!tier"))).containsExactly("c");
        assertThat(names(kube.list(CM, "", "tier"))).containsExactly("a", "b");
    }

    @Test
    void clusterScopedObjectsHaveNoNamespace() {
        Resource ns = kube.build("apiVersion: v1\nkind: Namespace\nmetadata: {name: x, namespace: ignored}\n").getFirst();
        assertThat(kube.apply(ns, ApplyOptions.helm()).namespace()).isEmpty();
        assertThat(kube.get(new ResourceRef(NS, "whatever", "x"))).isPresent();
    }

    @Test
    void deleteSaysWhetherThereWasAnObject() {
        kube.apply(cm("a", "", ""), ApplyOptions.helm());
        assertThat(kube.delete(new ResourceRef(CM, "apps", "a"), DeleteOptions.background())).isTrue();
        assertThat(kube.delete(new ResourceRef(CM, "apps", "a"), DeleteOptions.background())).isFalse();
        assertThat(kube.get(new ResourceRef(CM, "apps", "a"))).isEmpty();
    }

    @Test
    void aCrdMakesItsKindKnown() {
        GroupVersionKind widget = new GroupVersionKind("example.com", "v1", "Widget");
        assertThatThrownBy(() -> kube.mapping(widget)).isInstanceOf(NoKindMatchException.class)
                .hasMessage("no matches for kind \"Widget\" in version \"example.com/v1\"");
        kube.apply(kube.build("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec:
                  group: example.com
                  scope: Cluster
                  names: {kind: Widget, plural: widgets}
                  versions: [{name: v1, served: true, storage: true}]
                """).getFirst(), ApplyOptions.helm());
        assertThat(kube.mapping(widget)).isEqualTo(new ResourceMapping(widget, "widgets", false));
        assertThat(kube.apiVersions()).contains("example.com/v1", "example.com/v1/Widget", "apps/v1/Deployment", "v1");
    }

    private static List<String> names(List<Resource> rs) {
        return rs.stream().map(Resource::name).toList();
    }
}
