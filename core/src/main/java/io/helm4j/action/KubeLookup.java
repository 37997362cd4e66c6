package io.helm4j.action;

import io.helm4j.kube.ClusterReader;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template function {@code lookup} answered by a Kubernetes client (install, upgrade, server dry run). */
record KubeLookup(KubeClient kube) implements ClusterReader {
    @Override
    public Map<String, Object> lookup(String apiVersion, String kind, String namespace, String name) {
        GroupVersionKind gvk = GroupVersionKind.of(apiVersion, kind);
        try {
            if (name.isEmpty()) {
                List<Object> items = new ArrayList<>();
                kube.list(gvk, namespace, "").forEach(r -> items.add(r.mutableCopy()));
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("apiVersion", apiVersion);
                list.put("kind", kind + "List");
                list.put("items", items);
                return list;
            }
            return kube.get(new ResourceRef(gvk, namespace, name)).map(Resource::mutableCopy)
                    .orElseGet(LinkedHashMap::new);
        } catch (KubeException e) {
            if (e.isNotFound()) {
                return new LinkedHashMap<>();
            }
            throw e;
        }
    }
}
