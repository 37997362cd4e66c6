package io.helm4j.diff;

import io.helm4j.Helm4jException;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.KubeInvalidException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes change sets (ordered as the helm-diff plugin orders them: changes, removals, additions, each by key). {@link #server} asks the API server: for each target object, a server-side
 * dry-run apply under the field manager {@code helm} (without force; when another manager owns a field
 * the conflicts are kept and the dry run repeated with force, to show the change anyway), compared with
 * the live object; objects of the current release that the target no longer lists are removals (but for
 * {@code helm.sh/resource-policy: keep}). An object whose apply is certain to change nothing, or (on a cluster
 * without admission webhooks or policies) certain to change only values the server stores as given
 * ({@link ApplyPrediction}), is not sent. {@link #manifests} compares two manifests without a cluster.
 */
public final class ChangeSetEngine {
    /** At most this many objects are asked about at once. */
    private static final int PARALLEL = 32;

    private ChangeSetEngine() {
    }

    /**
     * What applying {@code target} would change on the cluster.
     *
     * @param current the objects the release has now (namespaces set), to find removals; empty for an install
     * @param target the objects to apply, as they will be applied (namespaces and ownership metadata set)
     */
    public static ChangeSet server(KubeClient kube, List<Resource> current, List<Resource> target, DiffSettings s) {
        return plan(kube, current, target, s).changes();
    }

    /**
     * As {@link #server}, with the {@code resourceVersion} of every object the change set was computed against
     * (each target and each removal; "" for an object that did not exist), so that applying it later can check
     * that nothing changed in between ({@link ResourceVersions#changed}).
     */
    public static PlannedChanges plan(KubeClient kube, List<Resource> current, List<Resource> target, DiffSettings s) {
        return plan(kube, current, target, s, null);
    }

    /**
     * As {@link #plan(KubeClient, List, List, DiffSettings)}, with what {@code prefetch} (started while the target was
     * being prepared) has read already; null for nothing.
     */
    public static PlannedChanges plan(KubeClient kube, List<Resource> current, List<Resource> target, DiffSettings s,
            Prefetch prefetch) {
        List<ResourceChange> out = new ArrayList<>();
        Map<ResourceRef, String> versions = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Resource> targets = new LinkedHashMap<>();
        target.forEach(t -> targets.put(key(t.ref()), t));
        List<Resource> removed = current.stream().filter(c -> !targets.containsKey(key(c.ref())))
                .filter(c -> !"keep".equals(c.annotations().get("helm.sh/resource-policy"))).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory());
                ExecutorService lists = Executors.newFixedThreadPool(LiveObjects.PARALLEL, Thread.ofVirtual().factory())) {
            Future<Boolean> admissionFree = s.askServerAlways()
                    ? java.util.concurrent.CompletableFuture.completedFuture(false)
                    : prefetch != null ? prefetch.admissionFree : pool.submit(() -> Admission.none(kube));
            List<ResourceRef> refs = new ArrayList<>();
            targets.values().forEach(t -> refs.add(t.ref()));
            removed.forEach(c -> refs.add(c.ref()));
            LiveObjects live = LiveObjects.start(kube, refs, prefetch == null ? null : prefetch.live(), lists);
            // each object is computed as soon as the list of its kind is in, the others still arriving
            List<java.util.concurrent.CompletableFuture<ResourceChange>> futures = new ArrayList<>();
            for (Resource t : targets.values()) {
                futures.add(live.ready(t.ref()).thenApplyAsync(x -> {
                    Optional<Resource> l = live.get(t.ref());
                    versions.put(t.ref(), l.map(Resource::resourceVersion).orElse(""));
                    return planOne(kube, t, l, admissionFree, s);
                }, pool));
            }
            for (Resource c : removed) {
                futures.add(live.ready(c.ref()).thenApplyAsync(x -> {
                    Optional<Resource> l = live.get(c.ref());
                    versions.put(c.ref(), l.map(Resource::resourceVersion).orElse(""));
                    return l.map(r -> change(c.ref(), ChangeType.REMOVE, Normalizer.normalize(r), null, List.of(), s))
                            .orElse(null);
                }, pool));
            }
            for (java.util.concurrent.CompletableFuture<ResourceChange> f : futures) {
                ResourceChange c = f.get();
                if (c != null) {
                    out.add(c);
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new Helm4jException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("interrupted while computing the change set", e);
        }
        return new PlannedChanges(ordered(out), versions);
    }

    /**
     * Reads a change set needs that can start before its target is known, started as soon as the objects the release
     * has now are: their kinds listed ({@link LiveObjects}) and whether the cluster has admission webhooks or policies,
     * on threads of their own while the target is rendered. {@link #close} stops what is left.
     */
    public static final class Prefetch implements AutoCloseable {
        private final ExecutorService pool = Executors.newFixedThreadPool(LiveObjects.PARALLEL,
                Thread.ofVirtual().factory());
        private final Future<LiveObjects> live;
        private final Future<Boolean> admissionFree;

        private Prefetch(KubeClient kube, java.util.function.Supplier<List<Resource>> current) {
            live = pool.submit(() -> LiveObjects.start(kube, current.get().stream().map(Resource::ref).toList(), null,
                    pool));
            admissionFree = pool.submit(() -> Admission.none(kube));
        }

        /** Starts reading the live objects of {@code current} (built on the reading thread) and the admission check. */
        public static Prefetch start(KubeClient kube, java.util.function.Supplier<List<Resource>> current) {
            return new Prefetch(kube, current);
        }

        /** The lists started (each still arriving), or null when the objects could not be built. */
        LiveObjects live() {
            try {
                return live.get();
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Helm4jException("interrupted while reading the live objects", e);
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /**
     * The addition of objects that cannot be asked about yet (their namespace is created by the install itself):
     * each as it will be sent, without the server's defaults; the {@code resourceVersion} of each is "" (absent).
     */
    public static PlannedChanges additions(List<Resource> target, DiffSettings s) {
        List<ResourceChange> out = new ArrayList<>();
        Map<ResourceRef, String> versions = new LinkedHashMap<>();
        for (Resource t : target) {
            out.add(change(t.ref(), ChangeType.ADD, null, Normalizer.normalize(t), List.of(), s));
            versions.put(t.ref(), "");
        }
        return new PlannedChanges(ordered(out), versions);
    }

    private static boolean join(Future<Boolean> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** As the helm-diff plugin orders its report: changed objects, then removed, then added, each by key. */
    private static ChangeSet ordered(List<ResourceChange> changes) {
        List<ResourceChange> out = new ArrayList<>(changes);
        out.sort(java.util.Comparator.comparingInt((ResourceChange c) -> switch (c.type()) {
            case MODIFY, REPLACE -> 0;
            case REMOVE -> 1;
            case ADD -> 2;
        }).thenComparing(ResourceChange::key));
        return new ChangeSet(out);
    }

    private static ResourceChange planOne(KubeClient kube, Resource t, Optional<Resource> live,
            Future<Boolean> admissionFree, DiffSettings s) {
        if (live.isPresent() && !s.askServerAlways()) {
            // computed before the admission check is known (it is read at the same time); used only if it is needed
            // and says no admission can change the object
            Optional<Map<String, Object>> predicted = ApplyPrediction.predict(t, live.get(), true);
            if (predicted.isPresent()) {
                if (predicted.get() == live.get().object()) { // certain without a round trip: nothing changes
                    return null;
                }
                // the prediction is a copy of its own: normalized in place
                ResourceChange c = change(t.ref(), ChangeType.MODIFY, Normalizer.normalize(live.get()),
                        Normalizer.normalizeOwned(predicted.get(), Normalizer.isSecret(t)), List.of(), s);
                if (join(admissionFree)) { // only values change, as the server stores them
                    return c.fields().isEmpty() ? null : c;
                }
            }
        }
        List<FieldConflict> conflicts = List.of();
        Resource applied;
        ApplyOptions dryRun = ApplyOptions.helm().withDryRun(true);
        try {
            try {
                applied = kube.apply(t, dryRun);
            } catch (KubeConflictException e) {
                if (e.conflicts().isEmpty()) {
                    throw e;
                }
                conflicts = e.conflicts().stream().map(c -> new FieldConflict(c.manager(), c.field())).toList();
                applied = kube.apply(t, dryRun.withForce(true));
            }
        } catch (KubeInvalidException e) {
            if (live.isPresent() && e.getMessage().contains("immutable")) {
                return change(t.ref(), ChangeType.REPLACE, Normalizer.normalize(live.get()), Normalizer.normalize(t),
                        conflicts, s);
            }
            throw e;
        }
        if (live.isEmpty()) {
            return change(t.ref(), ChangeType.ADD, null, Normalizer.normalize(applied), conflicts, s);
        }
        ResourceChange c = change(t.ref(), ChangeType.MODIFY, Normalizer.normalize(live.get()),
                Normalizer.normalize(applied), conflicts, s);
        return c.fields().isEmpty() ? null : c;
    }

    /**
     * What changes from one manifest to the other, without a cluster: objects matched by kind, namespace and
     * name; their text compared as written (or, with {@link DiffSettings#normalizeManifests()}, as parsed and
     * written again).
     *
     * @param namespace the release namespace, for objects that name none
     */
    public static ChangeSet manifests(String currentManifest, String targetManifest, String namespace, DiffSettings s) {
        Map<String, ManifestObjects.Doc> before = ManifestObjects.index(currentManifest, namespace);
        Map<String, ManifestObjects.Doc> after = ManifestObjects.index(targetManifest, namespace);
        List<ResourceChange> out = new ArrayList<>();
        List<ResourceChange> removed = new ArrayList<>();
        before.forEach((k, b) -> {
            if (!after.containsKey(k) && !"keep".equals(b.resource().annotations().get("helm.sh/resource-policy"))) {
                removed.add(textChange(b.resource().ref(), ChangeType.REMOVE, b, null, s));
            }
        });
        after.forEach((k, a) -> {
            ManifestObjects.Doc b = before.get(k);
            ResourceChange c = textChange(a.resource().ref(), b == null ? ChangeType.ADD : ChangeType.MODIFY, b, a, s);
            if (b == null || !c.before().equals(c.after())) {
                out.add(c);
            }
        });
        out.addAll(removed);
        return ordered(out);
    }

    private static ResourceChange textChange(ResourceRef ref, ChangeType type, ManifestObjects.Doc b,
            ManifestObjects.Doc a, DiffSettings s) {
        Map<String, Object> bo = b == null ? null : Normalizer.normalize(b.resource());
        Map<String, Object> ao = a == null ? null : Normalizer.normalize(a.resource());
        boolean secret = (a != null ? a : b).resource().kind().equals("Secret");
        boolean asText = !s.normalizeManifests() && !(secret && (!s.showSecrets() || s.showSecretsDecoded()));
        if (asText) {
            return new ResourceChange(ref, type, b == null ? "" : b.text(), a == null ? "" : a.text(),
                    FieldPaths.diff(b == null ? null : b.resource().object(), a == null ? null : a.resource().object()),
                    List.of(), s.suppressedKinds().contains(ref.gvk().kind()));
        }
        ResourceChange c = change(ref, type, bo, ao, List.of(), s);
        if (s.normalizeManifests()) {
            return c;
        }
        // a masked or decoded Secret keeps the document's first comment line (its # Source:), as the plugin's does
        return new ResourceChange(ref, type, b == null ? "" : b.comment() + c.before(),
                a == null ? "" : a.comment() + c.after(), c.fields(), c.conflicts(), c.suppressed());
    }

    private static ResourceChange change(ResourceRef ref, ChangeType type, Map<String, Object> before,
            Map<String, Object> after, List<FieldConflict> conflicts, DiffSettings s) {
        if (ref.gvk().kind().equals("Secret") && ref.gvk().group().isEmpty()) {
            if (s.showSecretsDecoded()) {
                before = SecretMask.decoded(before);
                after = SecretMask.decoded(after);
            } else if (!s.showSecrets()) {
                Map<String, Object>[] masked = SecretMask.mask(before, after);
                before = masked[0];
                after = masked[1];
            }
        }
        List<FieldChange> fields = FieldPaths.diff(before, after);
        return new ResourceChange(ref, type, before == null ? "" : GoYaml.toYaml(before),
                after == null ? "" : GoYaml.toYaml(after), fields, conflicts, s.suppressedKinds().contains(ref.gvk().kind()));
    }

    static String key(ResourceRef r) {
        return r.gvk().group() + "/" + r.gvk().kind() + "/" + r.namespace() + "/" + r.name();
    }
}
