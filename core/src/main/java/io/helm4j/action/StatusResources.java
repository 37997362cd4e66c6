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
 * (as the server's table or as the object) under {@code VERSION/KIND} (one that cannot be read is left out,
 * as Helm leaves it), and after an object with a pod selector (ReplicaSet, Deployment, StatefulSet,
 * DaemonSet, Job: {@code spec.selector.matchLabels}; ReplicationController: {@code spec.selector}) the pods
 * it selects under {@code v1/Pod(related)}, each selector once.
 */
final class StatusResources {
    private static final String RELATED = "v1/Pod(related)";

    private StatusResources() {
    }

    static List<StatusResult.ResourceGroup> read(KubeClient kube, Release rel, StatusOptions.Resources view) {
        if (view == StatusOptions.Resources.NONE) {
            return List.of();
        }
        boolean tables = view == StatusOptions.Resources.TABLES;
        Map<String, List<ResourceTable>> groupTables = new LinkedHashMap<>();
        Map<String, List<Resource>> groupObjects = new LinkedHashMap<>();
        List<Map<String, String>> selectors = new ArrayList<>();
        for (Resource r : kube.build(rel.manifest())) {
            Resource placed = r;
            String key = r.gvk().version() + "/" + r.kind();
            try {
                if (r.namespace().isEmpty() && kube.mapping(r.gvk()).namespaced()) {
                    placed = r.withNamespace(rel.namespace());
                }
                if (tables) {
                    Optional<ResourceTable> t = kube.table(placed.ref());
                    if (t.isEmpty()) {
                        continue;
                    }
                    groupTables.computeIfAbsent(key, k -> new ArrayList<>()).add(t.get());
                } else {
                    Optional<Resource> o = kube.get(placed.ref());
                    if (o.isEmpty()) {
                        continue;
                    }
                    groupObjects.computeIfAbsent(key, k -> new ArrayList<>()).add(o.get());
                }
            } catch (Helm4jException e) {
                continue;
            }
            Map<String, String> selector = selector(r);
            if (selector == null || selectors.contains(selector)) {
                continue;
            }
            selectors.add(selector);
            StringBuilder sel = new StringBuilder();
            new TreeMap<>(selector).forEach((k, v) -> sel.append(sel.isEmpty() ? "" : ",").append(k).append('=').append(v));
            try {
                if (tables) {
                    groupTables.computeIfAbsent(RELATED, k -> new ArrayList<>())
                            .add(kube.podTable(placed.namespace(), sel.toString()));
                } else {
                    groupObjects.computeIfAbsent(RELATED, k -> new ArrayList<>())
                            .add(withItemKinds(kube.podList(placed.namespace(), sel.toString())));
                }
            } catch (Helm4jException e) {
                // Helm logs "get the relation pod is failed" and goes on
            }
        }
        List<StatusResult.ResourceGroup> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(groupTables.keySet());
        keys.addAll(groupObjects.keySet());
        for (String k : keys) {
            out.add(new StatusResult.ResourceGroup(k, groupTables.getOrDefault(k, List.of()),
                    groupObjects.getOrDefault(k, List.of())));
        }
        return out;
    }

    /** The list with each item's {@code apiVersion} and {@code kind}, which client-go's decoding sets. */
    private static Resource withItemKinds(Resource list) {
        if (!(list.object().get("items") instanceof List<?> items)) {
            return list;
        }
        List<Object> out = new ArrayList<>();
        for (Object i : items) {
            if (i instanceof Map<?, ?> m && !m.containsKey("kind")) {
                Map<Object, Object> copy = new LinkedHashMap<>(m);
                copy.put("apiVersion", "v1");
                copy.put("kind", "Pod");
                out.add(copy);
            } else {
                out.add(i);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(list.object());
        copy.put("items", out);
        return new Resource(copy);
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
