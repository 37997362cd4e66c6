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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live objects of a set of targets, read with as few requests as reasonable: a kind with many objects
 * in one namespace is listed once instead of read object by object (a 300-object release costs one list
 * instead of 300 reads), the kinds at once; a kind with few is read object by object, so a large namespace is not
 * listed for them. Any object of a listed kind and namespace is answered from its list (present or absent).
 */
final class LiveObjects {
    /** From this many objects of one kind in one namespace on, the kind is listed. */
    private static final int LIST_FROM = 5;
    /** At most this many kinds are listed at once. */
    private static final int PARALLEL = 8;

    /** For each listed kind and namespace ({@link #group}), its objects by name. */
    private final Map<String, Map<String, Resource>> listed;
    private final KubeClient kube;

    private LiveObjects(KubeClient kube, Map<String, Map<String, Resource>> listed) {
        this.kube = kube;
        this.listed = listed;
    }

    static LiveObjects read(KubeClient kube, List<Resource> targets) {
        return readRefs(kube, targets.stream().map(Resource::ref).toList());
    }

    static LiveObjects readRefs(KubeClient kube, List<ResourceRef> targets) {
        return readRefs(kube, targets, null);
    }

    /**
     * As {@link #readRefs(KubeClient, List)}, with the kinds {@code before} listed already (a read started earlier,
     * {@link ChangeSetEngine.Prefetch}) answered from those lists; null for none.
     */
    static LiveObjects readRefs(KubeClient kube, List<ResourceRef> targets, LiveObjects before) {
        Map<String, List<ResourceRef>> groups = new LinkedHashMap<>();
        for (ResourceRef t : targets) {
            groups.computeIfAbsent(group(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, Map<String, Resource>> listed = new java.util.concurrent.ConcurrentHashMap<>();
        if (before != null) {
            listed.putAll(before.listed);
        }
        List<ResourceRef> toList = groups.entrySet().stream()
                .filter(g -> g.getValue().size() >= LIST_FROM && !listed.containsKey(g.getKey()))
                .map(g -> g.getValue().get(0)).toList();
        if (!toList.isEmpty()) {
            // the kinds are listed at once, on a pool of their own (bounded; never the common pool, which has one
            // worker on 2 cores)
            try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, toList.size()),
                    Thread.ofVirtual().factory())) {
                for (ResourceRef first : toList) {
                    pool.submit(() -> listKind(kube, first, listed));
                }
            }
        }
        return new LiveObjects(kube, listed);
    }

    private static void listKind(KubeClient kube, ResourceRef first, Map<String, Map<String, Resource>> listed) {
        List<Resource> live;
        try {
            live = kube.list(first.gvk(), first.namespace(), "");
        } catch (KubeException e) {
            return; // not allowed to list: read one by one
        }
        Map<String, Resource> byName = new HashMap<>();
        live.forEach(r -> byName.put(r.name(), r));
        listed.put(group(first), byName);
    }

    Optional<Resource> get(ResourceRef ref) {
        Map<String, Resource> l = listed.get(group(ref));
        return l != null ? Optional.ofNullable(l.get(ref.name())) : kube.get(ref);
    }

    private static String group(ResourceRef r) {
        GroupVersionKind g = r.gvk();
        return g.group() + "/" + g.version() + "/" + g.kind() + "/" + r.namespace();
    }
}
