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

/**
 * The live objects of a set of targets, read with as few requests as reasonable: a kind with many objects
 * in one namespace is listed once instead of read object by object (a 300-object release costs one list
 * instead of 300 reads); a kind with few is read object by object, so a large namespace is not listed for them.
 */
final class LiveObjects {
    /** From this many objects of one kind in one namespace on, the kind is listed. */
    private static final int LIST_FROM = 5;

    private final Map<String, Optional<Resource>> known;
    private final KubeClient kube;

    private LiveObjects(KubeClient kube, Map<String, Optional<Resource>> known) {
        this.kube = kube;
        this.known = known;
    }

    static LiveObjects read(KubeClient kube, List<Resource> targets) {
        return readRefs(kube, targets.stream().map(Resource::ref).toList());
    }

    static LiveObjects readRefs(KubeClient kube, List<ResourceRef> targets) {
        Map<String, List<ResourceRef>> groups = new LinkedHashMap<>();
        for (ResourceRef t : targets) {
            groups.computeIfAbsent(group(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, Optional<Resource>> known = new HashMap<>();
        for (List<ResourceRef> g : groups.values()) {
            if (g.size() < LIST_FROM) {
                continue;
            }
            ResourceRef first = g.get(0);
            List<Resource> live;
            try {
                live = kube.list(first.gvk(), first.namespace(), "");
            } catch (KubeException e) {
                continue; // not allowed to list: read one by one
            }
            Map<String, Resource> byName = new HashMap<>();
            live.forEach(r -> byName.put(r.name(), r));
            g.forEach(t -> known.put(ChangeSetEngine.key(t), Optional.ofNullable(byName.get(t.name()))));
        }
        return new LiveObjects(kube, known);
    }

    Optional<Resource> get(ResourceRef ref) {
        Optional<Resource> r = known.get(ChangeSetEngine.key(ref));
        return r != null ? r : kube.get(ref);
    }

    private static String group(ResourceRef r) {
        GroupVersionKind g = r.gvk();
        return g.group() + "/" + g.kind() + "/" + r.namespace();
    }
}
