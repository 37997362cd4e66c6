package io.helm4j.action;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server has of a release's objects, read with fewer requests than Helm's one GET per object: where
 * {@link #LIST_FROM} or more of the objects share a kind (group, version, kind; Secrets excepted) and a namespace, that kind is
 * listed once in that namespace, on the first object's read (so at the time its kind's turn comes), and the
 * others are answered from the list; any other object is a GET, as in Helm. The list is consistent (no
 * {@code resourceVersion}), so it sees what a GET would. When a list fails (RBAC that grants get but not list,
 * a server error) the objects of that kind fall back to GETs, which then report the error as Helm would.
 * Thread-safe: the reads of one kind run at once.
 */
final class LiveObjects {
    /** Objects of one kind and namespace from which a LIST replaces their GETs. */
    static final int LIST_FROM = 8;

    private final KubeClient kube;
    private final Set<String> listed = new HashSet<>();
    private final Map<String, CompletableFuture<Map<String, Resource>>> lists = new ConcurrentHashMap<>();

    /** Reads for {@code wanted}: the objects that will be asked for (placed in their namespaces). */
    LiveObjects(KubeClient kube, List<Resource> wanted) {
        this(kube, wanted.stream().map(Resource::ref).toList(), true);
    }

    private LiveObjects(KubeClient kube, List<ResourceRef> wanted, boolean refs) {
        this.kube = kube;
        Map<String, Integer> counts = new HashMap<>();
        for (ResourceRef r : wanted) {
            if (listable(r)) {
                counts.merge(key(r.gvk(), r.namespace()), 1, Integer::sum);
            }
        }
        counts.forEach((k, n) -> {
            if (n >= LIST_FROM) {
                listed.add(k);
            }
        });
    }

    /** Reads for the objects {@code wanted} names (the waiter's). */
    static LiveObjects of(KubeClient kube, List<ResourceRef> wanted) {
        return new LiveObjects(kube, wanted, true);
    }

    /** The object as the server has it, or empty when it does not exist. */
    Optional<Resource> get(Resource r) {
        return get(r.ref());
    }

    /** The object {@code r} names as the server has it, or empty when it does not exist. */
    Optional<Resource> get(ResourceRef r) {
        String key = key(r.gvk(), r.namespace());
        if (!listed.contains(key)) {
            return kube.get(r);
        }
        Map<String, Resource> byName = list(key, r.gvk(), r.namespace());
        return byName == null ? kube.get(r) : Optional.ofNullable(byName.get(r.name()));
    }

    /** The listed objects of a kind in a namespace by name, or null when listing failed. */
    private Map<String, Resource> list(String key, GroupVersionKind gvk, String namespace) {
        CompletableFuture<Map<String, Resource>> mine = new CompletableFuture<>();
        CompletableFuture<Map<String, Resource>> theirs = lists.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs.join();
        }
        Map<String, Resource> byName = null;
        try {
            byName = new HashMap<>();
            for (Resource live : kube.list(gvk, namespace, "")) {
                byName.put(live.name(), live);
            }
        } catch (RuntimeException e) {
            byName = null; // the GETs will say what is wrong
        } finally {
            mine.complete(byName);
        }
        return byName;
    }

    /**
     * An object may be answered from a list when its namespace is set, or its kind is cluster-scoped: a namespaced
     * object without one goes to the client's namespace, which a GET resolves.
     */
    private boolean listable(ResourceRef r) {
        if (r.gvk().kind().equals("Secret") && r.gvk().group().isEmpty()) {
            // a namespace's Secrets can be large and many (TLS keys, Helm's own release records of up to 1 MiB
            // each): listing them all could cost more than the GETs it saves
            return false;
        }
        if (!r.namespace().isEmpty()) {
            return true;
        }
        try {
            return !kube.mapping(r.gvk()).namespaced();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String key(GroupVersionKind gvk, String namespace) {
        return gvk.apiVersion() + "/" + gvk.kind() + "@" + namespace;
    }
}
