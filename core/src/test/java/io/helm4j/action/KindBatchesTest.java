package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Helm's batchPerform as {@link KindBatches} does it: no timing, latches and recorded events only. */
class KindBatchesTest {
    private static Resource obj(String kind, String name) {
        return new Resource(Map.of("apiVersion", "v1", "kind", kind, "metadata", Map.of("name", name)));
    }

    private static List<Resource> objects(String kind, int n) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(obj(kind, kind.toLowerCase() + i));
        }
        return out;
    }

    @Test
    void theObjectsOfOneRunAreInFlightTogetherAndAKindWaitsForTheOneBefore() {
        List<Resource> all = new ArrayList<>(objects("ServiceAccount", 3));
        all.addAll(objects("ConfigMap", 20));
        all.addAll(objects("Deployment", 5));
        CountDownLatch configMaps = new CountDownLatch(20);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<KindBatches.Outcome<String>> out = KindBatches.run(all, r -> {
            events.add("start " + r.kind());
            if (r.kind().equals("ConfigMap")) {
                // every ConfigMap waits here until all 20 have started: they cannot run one after the other
                configMaps.countDown();
                try {
                    if (!configMaps.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the ConfigMaps were not sent together");
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            events.add("end " + r.kind());
            return r.name();
        });
        assertThat(out).extracting(KindBatches.Outcome::value)
                .containsExactlyElementsOf(all.stream().map(Resource::name).toList());
        assertThat(out).noneMatch(KindBatches.Outcome::failed);
        int lastServiceAccountEnd = events.lastIndexOf("end ServiceAccount");
        int firstConfigMapStart = events.indexOf("start ConfigMap");
        int lastConfigMapEnd = events.lastIndexOf("end ConfigMap");
        int firstDeploymentStart = events.indexOf("start Deployment");
        assertThat(lastServiceAccountEnd).isLessThan(firstConfigMapStart);
        assertThat(lastConfigMapEnd).isLessThan(firstDeploymentStart);
    }

    @Test
    void aFailureDoesNotStopTheOthersAndSeveralAreJoinedAsHelmJoinsThem() {
        List<Resource> all = objects("ConfigMap", 6);
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        List<KindBatches.Outcome<String>> out = KindBatches.run(all, r -> {
            if (r.name().equals("configmap1") || r.name().equals("configmap4")) {
                throw new Helm4jException("boom " + r.name());
            }
            applied.add(r.name());
            return r.name();
        });
        assertThat(applied).containsExactlyInAnyOrder("configmap0", "configmap2", "configmap3", "configmap5");
        assertThatThrownBy(() -> KindBatches.throwFailures(out)).isInstanceOf(Helm4jException.class)
                .hasMessage("boom configmap1\nboom configmap4")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
    }

    @Test
    void aSingleFailureIsThrownAsItIs() {
        KubeConflictException conflict = new KubeConflictException("conflict", List.of());
        List<KindBatches.Outcome<String>> out = KindBatches.run(objects("ConfigMap", 3), r -> {
            if (r.name().equals("configmap2")) {
                throw conflict;
            }
            return r.name();
        });
        assertThatThrownBy(() -> KindBatches.throwFailures(out)).isSameAs(conflict);
    }

    @Test
    void runUntilStopsAfterTheRunWhereTheConditionWasMet() {
        List<Resource> all = new ArrayList<>(objects("ServiceAccount", 2));
        all.addAll(objects("ConfigMap", 3));
        all.addAll(objects("Deployment", 2));
        List<KindBatches.Outcome<String>> out = KindBatches.runUntil(all, r -> {
            if (r.name().equals("configmap0")) {
                throw new Helm4jException("cannot create");
            }
            return r.name();
        }, KindBatches.Outcome::failed);
        assertThat(out).extracting(o -> o.resource().name())
                .containsExactly("serviceaccount0", "serviceaccount1", "configmap0", "configmap1", "configmap2");
    }

    @Test
    void eachKeepsTheOrderAndThrowsTheFirstFailureInThatOrder() {
        assertThat(KindBatches.each(List.of(3, 1, 2), i -> i * 10)).containsExactly(30, 10, 20);
        assertThatThrownBy(() -> KindBatches.each(List.of(1, 2, 3, 4), i -> {
            if (i >= 2) {
                throw new Helm4jException("bad " + i);
            }
            return i;
        })).hasMessage("bad 2");
    }
}
