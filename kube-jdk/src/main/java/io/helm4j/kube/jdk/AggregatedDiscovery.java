package io.helm4j.kube.jdk;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.ResourceMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads discovery documents: the aggregated APIGroupDiscoveryList (every group, version and
 * resource at once), or the legacy APIVersions / APIGroupList (group versions only).
 */
final class AggregatedDiscovery {
    private AggregatedDiscovery() {
    }

    /** Adds {@code group/version} and {@code group/version/Kind} entries, and caches each version's mappings. */
    static void read(Map<?, ?> list, Map<String, Map<String, ResourceMapping>> cache, Set<String> out) {
        for (Object item : items(list.get("items"))) {
            Map<?, ?> group = (Map<?, ?>) item;
            String name = group.get("metadata") instanceof Map<?, ?> md ? str(md.get("name")) : "";
            for (Object v : items(group.get("versions"))) {
                Map<?, ?> version = (Map<?, ?>) v;
                String gv = name.isEmpty() ? str(version.get("version")) : name + "/" + version.get("version");
                out.add(gv);
                Map<String, ResourceMapping> mappings = new HashMap<>();
                for (Object r : items(version.get("resources"))) {
                    Map<?, ?> res = (Map<?, ?>) r;
                    if (res.get("responseKind") instanceof Map<?, ?> kind) {
                        GroupVersionKind gvk = new GroupVersionKind(name, str(version.get("version")), str(kind.get("kind")));
                        out.add(gv + "/" + gvk.kind());
                        mappings.putIfAbsent(gvk.kind(), new ResourceMapping(gvk, str(res.get("resource")),
                                "Namespaced".equals(res.get("scope"))));
                    }
                }
                cache.put(gv, mappings);
            }
        }
    }

    /** {@code /api} answers APIVersions ({@code versions}); {@code /apis} APIGroupList ({@code groups[].versions}). */
    static void readLegacy(Map<?, ?> doc, Set<String> out) {
        for (Object v : items(doc.get("versions"))) {
            out.add(str(v));
        }
        for (Object g : items(doc.get("groups"))) {
            for (Object v : items(((Map<?, ?>) g).get("versions"))) {
                out.add(str(((Map<?, ?>) v).get("groupVersion")));
            }
        }
    }

    private static List<?> items(Object o) {
        return o instanceof List<?> l ? l.stream().filter(x -> x != null).toList() : List.of();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
