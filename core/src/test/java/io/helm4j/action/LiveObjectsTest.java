package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeForbiddenException;
import io.helm4j.kube.KubeVersion;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class LiveObjectsTest {
    /** A fake client that counts reads, and can refuse lists as RBAC without the list verb does. */
    public static final class Counting implements KubeClient {
        public final FakeKubeClient fake = new FakeKubeClient();
        public final AtomicInteger gets = new AtomicInteger();
        public final AtomicInteger lists = new AtomicInteger();
        boolean refuseLists;

        @Override
        public String namespace() {
            return fake.namespace();
        }

        @Override
        public ResourceMapping mapping(GroupVersionKind gvk) {
            return fake.mapping(gvk);
        }

        @Override
        public List<String> apiVersions() {
            return fake.apiVersions();
        }

        @Override
        public KubeVersion serverVersion() {
            return fake.serverVersion();
        }

        @Override
        public Optional<Resource> get(ResourceRef ref) {
            gets.incrementAndGet();
            return fake.get(ref);
        }

        @Override
        public List<Resource> list(GroupVersionKind gvk, String ns, String labelSelector) {
            lists.incrementAndGet();
            if (refuseLists) {
                throw new KubeForbiddenException("configmaps is forbidden: cannot list resource");
            }
            return fake.list(gvk, ns, labelSelector);
        }

        @Override
        public Resource apply(Resource resource, ApplyOptions options) {
            return fake.apply(resource, options);
        }

        @Override
        public Resource create(Resource resource, WriteOptions options) {
            return fake.create(resource, options);
        }

        @Override
        public boolean delete(ResourceRef ref, DeleteOptions options) {
            return fake.delete(ref, options);
        }

        @Override
        public void close() {
        }
    }

    private static Resource cm(String ns, String name) {
        return new Resource(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", name, "namespace", ns), "data", Map.of("k", name)));
    }

    private static List<Resource> configMaps(String ns, int n) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(cm(ns, "cm" + i));
        }
        return out;
    }

    @Test
    void manyObjectsOfAKindInANamespaceAreReadWithOneListAndAnswerAsGetsWould() {
        Counting kube = new Counting();
        List<Resource> wanted = configMaps("a", 12);
        for (int i = 0; i < 12; i += 2) {
            kube.fake.apply(wanted.get(i), ApplyOptions.helm());
        }
        kube.fake.apply(cm("b", "cm0"), ApplyOptions.helm()); // same name, other namespace: not mixed up
        LiveObjects live = new LiveObjects(kube, wanted);
        List<Optional<Resource>> read = KindBatches.each(wanted, live::get);
        assertThat(kube.lists).hasValue(1);
        assertThat(kube.gets).hasValue(0);
        for (int i = 0; i < 12; i++) {
            assertThat(read.get(i)).as("cm" + i).isEqualTo(kube.fake.get(wanted.get(i).ref()));
        }
    }

    @Test
    void fewObjectsOfAKindAreGetsAsInHelm() {
        Counting kube = new Counting();
        List<Resource> wanted = configMaps("a", LiveObjects.LIST_FROM - 1);
        LiveObjects live = new LiveObjects(kube, wanted);
        wanted.forEach(live::get);
        assertThat(kube.lists).hasValue(0);
        assertThat(kube.gets).hasValue(LiveObjects.LIST_FROM - 1);
    }

    @Test
    void aRefusedListFallsBackToGets() {
        Counting kube = new Counting();
        kube.refuseLists = true;
        List<Resource> wanted = configMaps("a", 10);
        kube.fake.apply(wanted.get(3), ApplyOptions.helm());
        LiveObjects live = new LiveObjects(kube, wanted);
        List<Optional<Resource>> read = KindBatches.each(wanted, live::get);
        assertThat(kube.lists).hasValue(1);
        assertThat(kube.gets).hasValue(10);
        assertThat(read.get(3)).isPresent();
        assertThat(read.get(4)).isEmpty();
    }

    @Test
    void secretsAreNeverListed() {
        Counting kube = new Counting();
        List<Resource> wanted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            wanted.add(new Resource(Map.of("apiVersion", "v1", "kind", "Secret",
                    "metadata", Map.of("name", "s" + i, "namespace", "a"))));
        }
        LiveObjects live = new LiveObjects(kube, wanted);
        wanted.forEach(live::get);
        assertThat(kube.lists).hasValue(0);
        assertThat(kube.gets).hasValue(10);
    }

    @Test
    void aNamespacedObjectWithoutNamespaceIsAlwaysAGet() {
        Counting kube = new Counting();
        List<Resource> wanted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            wanted.add(new Resource(Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "x" + i))));
        }
        LiveObjects live = new LiveObjects(kube, wanted);
        wanted.forEach(live::get);
        assertThat(kube.lists).hasValue(0);
        assertThat(kube.gets).hasValue(10);
    }
}
