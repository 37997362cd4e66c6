package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeAlreadyExistsException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import io.helm4j.release.Crd;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cluster steps of install and upgrade for one release: namespace, CRDs, ownership, apply, wait. */
final class ClusterSteps {
    private static final Duration CRD_TIMEOUT = Duration.ofSeconds(60);
    private final KubeClient kube;
    private final Waiter waiter;
    private final String release;
    private final String namespace;

    ClusterSteps(KubeClient kube, Clock clock, Duration timeout, String release, String namespace) {
        this(kube, new Waiter(kube, clock, io.helm4j.events.EventSink.discard(), WaitStrategy.WATCHER, timeout),
                release, namespace);
    }

    /** The steps of one release, waiting with {@code waiter}. */
    ClusterSteps(KubeClient kube, Waiter waiter, String release, String namespace) {
        this.kube = kube;
        this.waiter = waiter;
        this.release = release;
        this.namespace = namespace;
    }

    /** Objects from a manifest stream, namespaced ones placed in the release namespace. */
    List<Resource> build(String manifests) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : kube.build(manifests)) {
            boolean namespaced = kube.mapping(r.gvk()).namespaced();
            out.add(namespaced && r.namespace().isEmpty() ? r.withNamespace(namespace) : r);
        }
        return out;
    }

    /** Helm's {@code --create-namespace}: the namespace labelled {@code name}, unless it exists. */
    void createNamespace() {
        Resource ns = new Resource(Map.of("apiVersion", "v1", "kind", "Namespace",
                "metadata", Map.of("name", namespace, "labels", Map.of("name", namespace))));
        try {
            kube.create(ns, WriteOptions.helm());
        } catch (KubeAlreadyExistsException e) {
            // already there
        }
    }

    /** The chart's {@code crds/} created (an existing CRD is skipped, as Helm does), then waited for. */
    void installCrds(Chart chart, boolean dryRun) {
        List<Resource> created = new ArrayList<>();
        for (Crd crd : Crd.of(chart)) {
            for (Resource r : kube.build(crd.file().text())) {
                try {
                    kube.create(r, WriteOptions.helm().withDryRun(dryRun));
                    created.add(r);
                } catch (KubeAlreadyExistsException e) {
                    // Helm: "CRD ... is already present. Skipping."
                }
            }
        }
        if (!dryRun && !created.isEmpty()) {
            // Helm gives a CRD 60 s to be established; helm4j waits for it whatever the strategy,
            // so the kinds it defines map when the manifests are built
            waiter.withStrategy(WaitStrategy.WATCHER).withTimeout(CRD_TIMEOUT).waitReady(created, false);
        }
    }

    /** Helm's {@code existingResourceConflict}: no object may exist that another owner has. */
    void checkNotTaken(List<Resource> resources) {
        for (Resource r : resources) {
            Optional<Resource> existing = kube.get(r.ref());
            if (existing.isEmpty()) {
                continue;
            }
            String problem = Ownership.problem(existing.get(), release, namespace);
            if (problem != null) {
                throw new Helm4jException("unable to continue with install: " + r.kind() + " " + Ownership.q(r.name())
                        + " in namespace " + Ownership.q(r.namespace()) + " exists and cannot be imported into the "
                        + "current release: " + problem);
            }
        }
    }

    /** Server-side apply of every object in order, marked as the release's, by the field manager {@code helm}. */
    void apply(List<Resource> resources, boolean dryRun, boolean force) {
        ApplyOptions options = ApplyOptions.helm().withForce(force).withDryRun(dryRun);
        for (Resource r : resources) {
            kube.apply(Ownership.mark(r, release, namespace), options);
        }
    }

    /** Helm's wait after apply: the waiter's strategy ({@code hookOnly} waits for nothing), Jobs to completion if asked. */
    void waitReady(List<Resource> resources, boolean withJobs) {
        waiter.waitReady(resources, withJobs);
    }

    /** {@link #waitReady(List, boolean)} without {@code --wait-for-jobs}. */
    void waitReady(List<Resource> resources) {
        waitReady(resources, false);
    }

}
