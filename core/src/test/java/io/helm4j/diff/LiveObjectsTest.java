package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.LiveObjectsTest.Counting;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change set's reads: a kind listed once, every object of a listed kind answered from the list. */
class LiveObjectsTest {
    private static Resource object(String kind, String ns, String name) {
        return new Resource(Map.of("apiVersion", "v1", "kind", kind, "metadata", Map.of("name", name, "namespace", ns),
                "data", Map.of("k", name)));
    }

    private static List<ResourceRef> refs(String kind, String ns, int n) {
        List<ResourceRef> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(object(kind, ns, kind.toLowerCase() + i).ref());
        }
        return out;
    }

    @Test
    void kindsAreListedOnceAndAnObjectAListDoesNotHoldIsAbsentWithoutAGet() {
        Counting kube = new Counting();
        for (int i = 0; i < 6; i++) {
            kube.fake.apply(object("ConfigMap", "a", "configmap" + i), ApplyOptions.helm());
            kube.fake.apply(object("Secret", "a", "secret" + i), ApplyOptions.helm());
        }
        List<ResourceRef> wanted = new ArrayList<>(refs("ConfigMap", "a", 6));
        wanted.addAll(refs("Secret", "a", 6));
        LiveObjects live = LiveObjects.readRefs(kube, wanted);
        assertThat(kube.lists).hasValue(2);
        for (ResourceRef r : wanted) {
            assertThat(live.get(r)).as(r.name()).isEqualTo(kube.fake.get(r));
        }
        assertThat(live.get(object("ConfigMap", "a", "new").ref())).isEmpty();
        assertThat(kube.gets).as("answered from the lists").hasValue(0);

        kube.lists.set(0);
        kube.gets.set(0);
        List<ResourceRef> more = new ArrayList<>(wanted);
        more.addAll(refs("ConfigMap", "b", 5));
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            LiveObjects after = LiveObjects.start(kube, more, live, pool);
            assertThat(after.get(object("Secret", "a", "secret3").ref())).isPresent();
            assertThat(after.get(object("ConfigMap", "b", "configmap1").ref())).isEmpty();
            assertThat(after.ready(object("ConfigMap", "b", "configmap1").ref())).isDone();
        }
        assertThat(kube.lists).as("only the kind not read before").hasValue(1);
        assertThat(kube.gets).hasValue(0);
    }
}
