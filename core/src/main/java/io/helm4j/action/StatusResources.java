package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceTable;
import io.helm4j.release.Release;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Helm 4's {@code Client.Get(resources, related=true)} for {@code status}: each object of the manifest read
 * as the server's table under {@code VERSION/KIND} (one that cannot be read is left out, as Helm leaves it),
 * and after an object with a pod selector (ReplicaSet, Deployment, StatefulSet, DaemonSet, Job:
 * {@code spec.selector.matchLabels}; ReplicationController: {@code spec.selector}) the pods it selects
 * under {@code v1/Pod(related)}, each selector once.
 */
final class StatusResources {
    private StatusResources() {
    }

    static List<StatusResult.ResourceGroup> read(KubeClient kube, Release rel) {
        Map<String, List<ResourceTable>> groups = new LinkedHashMap<>();
        List<Map<String, String>> selectors = new ArrayList<>();
        for (Resource r : kube.build(rel.manifest())) {
            Resource placed = r;
            Optional<ResourceTable> table;
            try {
                if (r.namespace().isEmpty() && kube.mapping(r.gvk()).namespaced()) {
                    placed = r.withNamespace(rel.namespace());
                }
                table = kube.table(placed.ref());
            } catch (Helm4jException e) {
                continue;
            }
            if (table.isEmpty()) {
                continue;
            }
            groups.computeIfAbsent(r.gvk().version() + "/" + r.kind(), k -> new ArrayList<>()).add(table.get());
            Map<String, String> selector = selector(r);
            if (selector == null || selectors.contains(selector)) {
                continue;
            }
            selectors.add(selector);
            StringBuilder sel = new StringBuilder();
            new TreeMap<>(selector).forEach((k, v) -> sel.append(sel.isEmpty() ? "" : ",").append(k).append('=').append(v));
            try {
                groups.computeIfAbsent("v1/Pod(related)", k -> new ArrayList<>())
                        .add(kube.podTable(placed.namespace(), sel.toString()));
            } catch (Helm4jException e) {
                // Helm logs "get the relation pod is failed" and goes on
            }
        }
        List<StatusResult.ResourceGroup> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new StatusResult.ResourceGroup(k, v)));
        return out;
    }

    private static Map<String, String> selector(Resource r) {
        Object s = switch (r.kind()) {
            case "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job" -> r.at("spec", "selector", "matchLabels");
            case "ReplicationController" -> r.at("spec", "selector");
            default -> null;
        };
        if (!(s instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }
}
