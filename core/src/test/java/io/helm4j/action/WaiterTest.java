package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.events.Event;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.KubeJson;
import io.helm4j.kube.Resource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiterTest {
    private final FakeKubeClient kube = new FakeKubeClient();
    private final List<Event> events = new ArrayList<>();

    private Waiter waiter(WaitStrategy s, Duration timeout) {
        return new Waiter(kube, Clock.systemUTC(), events::add, s, timeout, Duration.ofMillis(10));
    }

    private Resource put(String json) {
        Resource r = new Resource(KubeJson.parseObject(json));
        kube.apply(r, ApplyOptions.helm());
        return r;
    }

    private Resource deployment(int ready) {
        return deployment("web", ready);
    }

    private Resource deployment(String name, int ready) {
        return put("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"%s","namespace":"default","generation":1},
                 "spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}}},
                 "status":{"observedGeneration":1,"replicas":1,"updatedReplicas":1,"readyReplicas":%d,"availableReplicas":%d,
                  "conditions":[{"type":"Available","status":"True"}]}}""".formatted(name, ready, ready));
    }

    /** Many objects of one kind in a namespace are read by one list per round, a few by a GET each, as LiveObjects. */
    @Test
    void manyObjectsOfOneKindAreReadByOneListPerRound() {
        LiveObjectsTest.Counting counting = new LiveObjectsTest.Counting();
        List<Resource> many = new ArrayList<>();
        for (int i = 0; i < LiveObjects.LIST_FROM + 2; i++) {
            Resource cm = new Resource(KubeJson.parseObject("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
                    + "\"metadata\":{\"name\":\"cm" + i + "\",\"namespace\":\"default\"}}"));
            counting.fake.apply(cm, ApplyOptions.helm());
            many.add(cm);
        }
        Waiter w = new Waiter(counting, Clock.systemUTC(), events::add, WaitStrategy.WATCHER, Duration.ofSeconds(5),
                Duration.ofMillis(10));
        w.waitReady(many, false);
        assertThat(counting.lists.get()).isEqualTo(1);
        assertThat(counting.gets.get()).isZero();
        w.waitReady(many.subList(0, 3), false);
        assertThat(counting.lists.get()).isEqualTo(1);
        assertThat(counting.gets.get()).isEqualTo(3);
        assertThat(events).last().isEqualTo(new Event.WaitProgress("resources", 3, List.of(), true));
    }

    @Test
    void aReadyDeploymentEndsTheWaitAtOnce() {
        Resource d = deployment(1);
        waiter(WaitStrategy.WATCHER, Duration.ofSeconds(5)).waitReady(List.of(d), false);
        assertThat(events).last().isEqualTo(new Event.WaitProgress("resources", 1, List.of(), true));
    }

    @Test
    void aTimeoutNamesEachResourceNotReadyAndWhyItsPodsAreNot() {
        Resource d = deployment(0);
        put("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","namespace":"default","labels":{"app":"web"}},
                 "status":{"phase":"Pending","containerStatuses":[{"name":"app","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}}""");
        Resource svc = put("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"default"},"spec":{"clusterIP":"10.0.0.1"}}""");
        assertThatThrownBy(() -> waiter(WaitStrategy.WATCHER, Duration.ofMillis(100)).waitReady(List.of(d, svc), false))
                .isInstanceOf(WaitException.class)
                .hasMessage("resource Deployment/default/web not ready. status: InProgress, message: Available: 0/1 "
                        + "(pod web-1: container app ImagePullBackOff)\ncontext deadline exceeded")
                .satisfies(e -> assertThat(((WaitException) e).timedOut()).isTrue());
        Event.WaitProgress first = (Event.WaitProgress) events.getFirst();
        assertThat(first.pending()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("Deployment");
            assertThat(p.status()).isEqualTo("InProgress");
            assertThat(p.reason()).isEqualTo("Available: 0/1 (pod web-1: container app ImagePullBackOff)");
        });
        assertThat(first.total()).isEqualTo(2);
        assertThat(events).last().satisfies(e -> assertThat(((Event.WaitProgress) e).done()).isTrue());
    }

    @Test
    void hookOnlyWaitsForNothing() {
        Resource d = deployment(0);
        waiter(WaitStrategy.HOOK_ONLY, Duration.ofMillis(50)).waitReady(List.of(d), false);
        assertThat(events).isEmpty();
    }

    @Test
    void aFailedJobWithWaitForJobsEndsTheWaitBeforeTheTimeout() {
        Resource job = put("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","namespace":"default"},"spec":{},
                 "status":{"failed":1,"startTime":"2026-01-01T00:00:00Z","conditions":[{"type":"Failed","status":"True"}]}}""");
        long start = System.nanoTime();
        assertThatThrownBy(() -> waiter(WaitStrategy.WATCHER, Duration.ofSeconds(30)).waitReady(List.of(job), true))
                .hasMessage("resource Job/default/migrate not ready. status: Failed, message: Job Failed. failed: 1/1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRunningJobIsReadyWithoutWaitForJobsOnly() {
        Resource job = put("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","namespace":"default"},"spec":{},
                 "status":{"active":1,"startTime":"2026-01-01T00:00:00Z"}}""");
        waiter(WaitStrategy.WATCHER, Duration.ofSeconds(5)).waitReady(List.of(job), false);
        assertThatThrownBy(() -> waiter(WaitStrategy.WATCHER, Duration.ofMillis(50)).waitReady(List.of(job), true))
                .hasMessageStartingWith("resource Job/default/migrate not ready. status: InProgress, message: Job in progress");
    }

    @Test
    void legacyUsesHelm3sChecks() {
        Resource d = deployment(0);
        assertThatThrownBy(() -> waiter(WaitStrategy.LEGACY, Duration.ofMillis(50)).waitReady(List.of(d), false))
                .hasMessageEndingWith("context deadline exceeded");
        waiter(WaitStrategy.LEGACY, Duration.ofSeconds(5)).waitReady(List.of(deployment("ready", 1)), false);
    }

    @Test
    void aMissingObjectIsNotFoundAndAPausedDeploymentIsNotWaitedFor() {
        Resource gone = new Resource(KubeJson.parseObject("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"gone","namespace":"default"}}"""));
        assertThatThrownBy(() -> waiter(WaitStrategy.WATCHER, Duration.ofMillis(50)).waitReady(List.of(gone), false))
                .hasMessageStartingWith("resource ConfigMap/default/gone not ready. status: NotFound, message: Resource not found");
        Resource paused = new Resource(KubeJson.parseObject("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"p","namespace":"default"},"spec":{"paused":true}}"""));
        waiter(WaitStrategy.WATCHER, Duration.ofMillis(50)).waitReady(List.of(paused), false);
    }

    @Test
    void aHookPodThatFailsIsReportedAsHelmDoes() {
        Resource pod = put("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"t","namespace":"default"},"status":{"phase":"Failed",
                 "containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":2,"reason":"Error"}}}]}}""");
        assertThatThrownBy(() -> waiter(WaitStrategy.HOOK_ONLY, Duration.ofSeconds(5)).waitForHook(pod.ref()))
                .hasMessage("resource Pod/default/t not ready. status: Failed, message: pod t failed (pod t: container c Error (exit code 2))");
    }

    @Test
    void waitForDeleteEndsWhenEveryObjectIsGone() {
        Resource cm = put("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"default"}}""");
        assertThatThrownBy(() -> waiter(WaitStrategy.WATCHER, Duration.ofMillis(50)).waitForDelete(List.of(cm.ref())))
                .hasMessage("resource ConfigMap/default/c still exists. status: Current, message: Resource is always ready\n"
                        + "context deadline exceeded");
        kube.delete(cm.ref(), io.helm4j.kube.DeleteOptions.background());
        waiter(WaitStrategy.WATCHER, Duration.ofSeconds(5)).waitForDelete(List.of(cm.ref()));
    }
}
