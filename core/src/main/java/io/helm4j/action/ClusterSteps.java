package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.internal.patch.DuplicateListKeys;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeAlreadyExistsException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import io.helm4j.release.Crd;
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

    /**
     * Helm's {@code --create-namespace}: the namespace labelled {@code name}, written as the install writes objects
     * (Helm 4's {@code Client.Create}: server-side applied, so an existing namespace gets the label, or created, an
     * existing one left alone).
     */
    void createNamespace(boolean serverSide) {
        // Helm marshals a typed v1.Namespace: an empty spec and status, and a null creation time, come with it (so the
        // apply owns f:spec, as Helm's does)
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("creationTimestamp", null);
        meta.put("labels", Map.of("name", namespace));
        meta.put("name", namespace);
        Resource ns = new Resource(Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", meta,
                "spec", Map.of(), "status", Map.of()));
        try {
            if (serverSide) {
                kube.apply(ns, ApplyOptions.helm());
            } else {
                kube.create(ns, WriteOptions.clientSide());
            }
        } catch (KubeAlreadyExistsException e) {
            // already there
        }
    }

    /**
     * Helm 4's {@code installCRDs}: the chart's {@code crds/}, file by file, written as the install writes objects:
     * server-side applied by the field manager {@code helm} (forcing conflicts when asked; a CRD that exists is
     * updated), or created (one that exists is skipped); then waited for up to 60 s with the install's wait strategy,
     * {@code watcher} when that is {@code hookOnly}, so the kinds they define map when the manifests are built.
     */
    void installCrds(Chart chart, boolean serverSide, boolean forceConflicts) {
        List<Resource> written = new ArrayList<>();
        for (Crd crd : Crd.of(chart)) {
            for (Resource r : kube.build(crd.file().text())) {
                try {
                    if (serverSide) {
                        ObjectUpdater.serverSide(kube, forceConflicts, false, false).create(r);
                    } else {
                        kube.create(r, WriteOptions.clientSide());
                    }
                    written.add(r);
                } catch (KubeAlreadyExistsException e) {
                    // Helm: "CRD ... is already present. Skipping."
                } catch (Helm4jException e) {
                    throw new Helm4jException("failed to install CRD " + crd.name() + ": " + e.getMessage(), e);
                }
            }
        }
        if (!written.isEmpty()) {
            WaitStrategy strategy = waiter.strategy() == WaitStrategy.HOOK_ONLY ? WaitStrategy.WATCHER : waiter.strategy();
            waiter.withStrategy(strategy).withTimeout(CRD_TIMEOUT).waitReady(written, false);
        }
    }

    /**
     * Beyond Helm 4: the objects and hooks of {@code release} that server-side apply would reject for a list with two
     * entries of one key (the same {@code env} name twice in a container, common in charts written for client-side
     * apply), found before anything is recorded or applied, each named with the field and the key, and the fix said.
     */
    static void checkListKeys(KubeClient kube, io.helm4j.release.Release release) {
        checkListKeys(kube, release, List.of());
    }

    /**
     * As {@link #checkListKeys(KubeClient, io.helm4j.release.Release)}, the chart's {@code crds/} ({@code crdObjects})
     * also describing custom resources: a custom resource's lists by its definition's schema
     * ({@link CustomResourceSchemas}: the chart's, else the cluster's).
     */
    static void checkListKeys(KubeClient kube, io.helm4j.release.Release release, List<Resource> crdObjects) {
        List<Resource> objects = new ArrayList<>(kube.build(release.manifest()));
        release.hooks().forEach(h -> objects.addAll(kube.build(h.hook().manifest())));
        List<Resource> chart = new ArrayList<>(objects);
        chart.addAll(crdObjects);
        CustomResourceSchemas schemas = new CustomResourceSchemas(kube, chart);
        List<String> found = new ArrayList<>();
        for (Resource r : objects) {
            schemas.of(r.gvk()).ifPresent(schema -> {
                for (String d : DuplicateListKeys.find(r.object(), schema)) {
                    found.add(r.kind() + " " + Ownership.q(r.name()) + ": " + d);
                }
            });
        }
        if (!found.isEmpty()) {
            throw new Helm4jException("server-side apply would reject " + (found.size() == 1 ? "a list" : "lists")
                    + " with two entries of one key, nothing was applied: " + String.join("; ", found) + ". Keep one "
                    + "entry per key in the chart (client-side apply merged them, the last one winning), or apply "
                    + "client-side with --server-side=false");
        }
    }

    /** Helm's {@code existingResourceConflict}: no object may exist that another owner has. */
    void checkNotTaken(List<Resource> resources) {
        checkNotTaken(resources, "install");
    }

    /** As {@link #checkNotTaken(List)}, for the operation named {@code verb} ({@code install}, {@code update}). */
    void checkNotTaken(List<Resource> resources, String verb) {
        // the reads go out at once (a list per kind where many share one); the first problem in the objects'
        // order is the one reported
        LiveObjects live = new LiveObjects(kube, resources);
        for (KindBatches.Outcome<Optional<Resource>> o : KindBatches.all(resources, live::get)) {
            if (o.failed()) {
                throw o.error();
            }
            Resource r = o.resource();
            Optional<Resource> existing = o.value();
            if (existing.isEmpty()) {
                continue;
            }
            String problem = Ownership.problem(existing.get(), release, namespace);
            if (problem != null) {
                throw new Helm4jException("unable to continue with " + verb + ": " + r.kind() + " " + Ownership.q(r.name())
                        + " in namespace " + Ownership.q(r.namespace()) + " exists and cannot be imported into the "
                        + "current release: " + problem);
            }
        }
    }

    /**
     * Server-side apply of every object, marked as the release's, by the field manager {@code helm}: as Helm's
     * {@code Client.Create}, the objects of one kind at once, kind after kind in install order
     * ({@link KindBatches}); a failure does not stop the others, and the failures are thrown at the end, worded as
     * Helm's ({@code server-side apply failed for object NS/NAME GVK: ...}).
     */
    void apply(List<Resource> resources, boolean dryRun, boolean force) {
        ObjectUpdater updater = ObjectUpdater.serverSide(kube, force, dryRun, false);
        KindBatches.throwFailures(KindBatches.run(resources, r -> {
            Resource marked = Ownership.mark(r, release, namespace);
            updater.create(marked);
            return marked;
        }));
    }

    /**
     * Helm 4's install with {@code --server-side=false} ({@code Client.Create} without server-side apply): each
     * object created with a POST by the field manager {@code helm}, kind after kind as {@link #apply}; with
     * {@code --take-ownership}, an object that exists already is patched client-side from itself to the chart's
     * (Helm's update of the objects to adopt, custom resources by a three-way JSON merge patch).
     */
    void create(List<Resource> resources, boolean adopt) {
        ObjectUpdater updater = ObjectUpdater.clientSide(kube, true);
        KindBatches.throwFailures(KindBatches.run(resources, r -> {
            Resource marked = Ownership.mark(r, release, namespace);
            java.util.Optional<Resource> live = adopt ? kube.get(marked.ref()) : java.util.Optional.empty();
            if (live.isPresent()) {
                updater.update(live.get(), live.get(), marked);
            } else {
                updater.create(marked);
            }
            return marked;
        }));
    }

    /** Helm's wait after apply: the waiter's strategy ({@code hookOnly} waits for nothing), Jobs to completion if asked. */
    void waitReady(List<Resource> resources, boolean withJobs) {
        waiter.waitReady(resources, withJobs);
    }

    /** {@link #waitReady(List, boolean)} without {@code --wait-for-jobs}. */
    void waitReady(List<Resource> resources) {
        waitReady(resources, false);
    }

    /** What an update did: the objects it created (for {@code --cleanup-on-fail}), updated and deleted. */
    record Changes(List<Resource> created, List<Resource> updated, List<Resource> deleted) {
    }

    /**
     * Helm's {@code Client.Update} from the release's {@code current} objects to its {@code target} ones:
     * each target created when absent, else updated as {@code how} says; then every current object the
     * target no longer has deleted (in the background), but those annotated {@code helm.sh/resource-policy:
     * keep} and those already gone. Errors of single objects are gathered, as Helm joins them with
     * {@code " && "}; the changes made so far travel in the exception.
     */
    Changes update(List<Resource> current, List<Resource> target, ObjectUpdater how) {
        List<Resource> created = new ArrayList<>();
        List<Resource> updated = new ArrayList<>();
        List<Resource> deleted = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Resource> originals = new java.util.LinkedHashMap<>();
        current.forEach(r -> originals.put(matchKey(r), r));
        java.util.Set<String> targets = new java.util.HashSet<>();
        target.forEach(t -> targets.add(matchKey(t)));
        // Helm visits the targets one at a time (a GET, then a create or an update) and stops at the first object it
        // cannot read or create; helm4j sends the objects of one kind at once, kind after kind, reads many objects of
        // one kind with one list (LiveObjects), and stops after the run where that happened
        LiveObjects reads = new LiveObjects(kube, target);
        List<KindBatches.Outcome<Done>> outcomes = KindBatches.runUntil(target, t -> {
            Resource marked = Ownership.mark(t, release, namespace);
            Optional<Resource> live = reads.get(t);
            if (live.isEmpty()) {
                try {
                    how.create(marked);
                    return new Done(marked, true, null);
                } catch (Helm4jException e) {
                    return new Done(marked, true, e);
                }
            }
            Resource original = originals.getOrDefault(matchKey(t), live.get());
            try {
                how.update(original, live.get(), marked);
                return new Done(marked, false, null);
            } catch (Helm4jException e) {
                return new Done(marked, false, e);
            }
        }, o -> o.failed() || o.value().create() && o.value().error() != null);
        RuntimeException readFailure = null;
        Helm4jException createFailure = null;
        for (KindBatches.Outcome<Done> o : outcomes) {
            if (o.failed()) {
                readFailure = readFailure == null ? o.error() : readFailure;
                continue;
            }
            Done d = o.value();
            (d.create() ? created : updated).add(d.marked());
            if (d.error() != null && d.create()) {
                createFailure = createFailure == null ? d.error() : createFailure;
            } else if (d.error() != null) {
                errors.add(d.error().getMessage());
            }
        }
        if (readFailure != null) {
            throw readFailure;
        }
        if (createFailure != null) {
            throw new UpdateException("failed to create resource: " + createFailure.getMessage(), createFailure,
                    new Changes(created, updated, deleted));
        }
        if (!errors.isEmpty()) {
            throw new UpdateException(String.join(" && ", errors), null, new Changes(created, updated, deleted));
        }
        List<Resource> dropped = current.stream().filter(r -> !targets.contains(matchKey(r))).toList();
        LiveObjects dropping = new LiveObjects(kube, dropped);
        List<KindBatches.Outcome<String>> deletions = KindBatches.run(dropped, r -> {
            Optional<Resource> live = dropping.get(r);
            if (live.isEmpty() || "keep".equals(live.get().annotations().get("helm.sh/resource-policy"))) {
                return null;
            }
            try {
                return kube.delete(r.ref(), io.helm4j.kube.DeleteOptions.background()) ? "" : null;
            } catch (io.helm4j.kube.KubeException e) {
                return e.isNotFound() ? null : "failed to delete resource namespace=" + r.namespace() + ", name="
                        + r.name() + ", kind=" + r.kind() + ": " + e.getMessage();
            }
        });
        for (KindBatches.Outcome<String> o : deletions) {
            if (o.failed()) {
                // Helm skips an object it cannot read
                continue;
            }
            if ("".equals(o.value())) {
                deleted.add(o.resource());
            } else if (o.value() != null) {
                errors.add(o.value());
            }
        }
        if (!errors.isEmpty()) {
            throw new UpdateException(String.join(" && ", errors), null, new Changes(created, updated, deleted));
        }
        return new Changes(created, updated, deleted);
    }

    /** One target's update: the object as marked, whether it was created (else updated), and its failure. */
    private record Done(Resource marked, boolean create, Helm4jException error) {
    }

    /** Helm's {@code isMatchingInfo}: the same name, namespace, group and kind (any version). */
    private static String matchKey(Resource r) {
        return r.gvk().group() + "/" + r.kind() + "/" + r.namespace() + "/" + r.name();
    }

    /** An update that failed part way, with what it had changed. */
    static final class UpdateException extends Helm4jException {
        private final transient Changes changes;

        UpdateException(String message, Throwable cause, Changes changes) {
            super(message, cause);
            this.changes = changes;
        }

        Changes changes() {
            return changes;
        }
    }
}
