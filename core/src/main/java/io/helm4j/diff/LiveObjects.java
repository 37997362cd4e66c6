package io.helm4j.diff;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live objects of a set of targets, read with as few requests as reasonable: a kind with many objects
 * in one namespace is listed once instead of read object by object (a 300-object release costs one list
 * instead of 300 reads), the kinds at once; a kind with few is read object by object, so a large namespace is not
 * listed for them. Any object of a listed kind and namespace is answered from its list (present or absent). The
 * lists can be started and used as each arrives ({@link #start}, {@link #ready}).
 */
final class LiveObjects {
    /** From this many objects of one kind in one namespace on, the kind is listed. */
    private static final int LIST_FROM = 5;
    /** At most this many kinds are listed at once. */
    static final int PARALLEL = 8;

    /** For each listed kind and namespace ({@link #group}), its objects by name (null when it could not be listed). */
    private final Map<String, CompletableFuture<Map<String, Resource>>> lists;
    private final KubeClient kube;

    private LiveObjects(KubeClient kube, Map<String, CompletableFuture<Map<String, Resource>>> lists) {
        this.kube = kube;
        this.lists = lists;
    }

    static LiveObjects read(KubeClient kube, List<Resource> targets) {
        return readRefs(kube, targets.stream().map(Resource::ref).toList());
    }

    /** The live objects of {@code targets}, every list read before this returns. */
    static LiveObjects readRefs(KubeClient kube, List<ResourceRef> targets) {
        // a pool of their own (bounded; never the common pool, which has one worker on 2 cores)
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
            LiveObjects live = start(kube, targets, null, pool);
            live.lists.values().forEach(CompletableFuture::join);
            return live;
        }
    }

    /**
     * Starts listing the kinds of {@code targets} on {@code pool}, but those {@code before} (a read started earlier)
     * lists already (null for none); {@link #get} waits for the list it needs.
     */
    static LiveObjects start(KubeClient kube, List<ResourceRef> targets, LiveObjects before, Executor pool) {
        Map<String, List<ResourceRef>> groups = new LinkedHashMap<>();
        for (ResourceRef t : targets) {
            groups.computeIfAbsent(group(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, CompletableFuture<Map<String, Resource>>> lists = new HashMap<>();
        if (before != null) {
            lists.putAll(before.lists);
        }
        groups.forEach((key, g) -> {
            if (g.size() >= LIST_FROM && !lists.containsKey(key)) {
                ResourceRef first = g.get(0);
                lists.put(key, CompletableFuture.supplyAsync(() -> list(kube, first), pool));
            }
        });
        return new LiveObjects(kube, lists);
    }

    /** The objects of one kind in one namespace by name, or null when not allowed to list (read one by one then). */
    private static Map<String, Resource> list(KubeClient kube, ResourceRef first) {
        List<Resource> live;
        try {
            live = kube.list(first.gvk(), first.namespace(), "");
        } catch (KubeException e) {
            return null;
        }
        Map<String, Resource> byName = new HashMap<>();
        live.forEach(r -> byName.put(r.name(), r));
        return byName;
    }

    /** Done when {@link #get} of {@code ref} waits for no list. */
    CompletableFuture<?> ready(ResourceRef ref) {
        CompletableFuture<Map<String, Resource>> l = lists.get(group(ref));
        return l != null ? l : CompletableFuture.completedFuture(null);
    }

    Optional<Resource> get(ResourceRef ref) {
        CompletableFuture<Map<String, Resource>> l = lists.get(group(ref));
        Map<String, Resource> byName;
        try {
            byName = l == null ? null : l.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return byName != null ? Optional.ofNullable(byName.get(ref.name())) : kube.get(ref);
    }

    private static String group(ResourceRef r) {
        GroupVersionKind g = r.gvk();
        return g.group() + "/" + g.version() + "/" + g.kind() + "/" + r.namespace();
    }
}
