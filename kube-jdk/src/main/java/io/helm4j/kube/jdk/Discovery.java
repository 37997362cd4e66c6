package io.helm4j.kube.jdk;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.KubeVersion;
import io.helm4j.kube.NoKindMatchException;
import io.helm4j.kube.ResourceMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST mapping from discovery, one group version at a time ({@code GET /apis/GROUP/VERSION}), cached.
 * A kind missing from the cache's answer asks the server again once, so a CRD established a
 * moment ago is found without rereading every group.
 */
final class Discovery {
    private final KubeHttp http;
    private final Map<String, Map<String, ResourceMapping>> byGroupVersion = new ConcurrentHashMap<>();

    Discovery(KubeHttp http) {
        this.http = http;
    }

    /**
     * Kinds that need no discovery, as Helm's typed clients need none for them: release records (Secrets, ConfigMaps)
     * and namespaces, core/v1 since Kubernetes 1.0 at these paths on every API server. A list or status sends no
     * discovery request, and a connection failure names the request Helm would have made.
     */
    private static final Map<String, ResourceMapping> CORE_V1 = Map.of(
            "Secret", new ResourceMapping(new GroupVersionKind("", "v1", "Secret"), "secrets", true),
            "ConfigMap", new ResourceMapping(new GroupVersionKind("", "v1", "ConfigMap"), "configmaps", true),
            "Namespace", new ResourceMapping(new GroupVersionKind("", "v1", "Namespace"), "namespaces", false));

    ResourceMapping mapping(GroupVersionKind gvk) {
        String gv = gvk.apiVersion();
        Map<String, ResourceMapping> cached = byGroupVersion.get(gv);
        if (cached != null && cached.containsKey(gvk.kind())) {
            return cached.get(gvk.kind());
        }
        if (cached == null && gv.equals("v1") && CORE_V1.containsKey(gvk.kind())) {
            return CORE_V1.get(gvk.kind());
        }
        Map<String, ResourceMapping> fresh = fetch(gvk);
        byGroupVersion.put(gv, fresh);
        ResourceMapping m = fresh.get(gvk.kind());
        if (m == null) {
            throw new NoKindMatchException(gvk);
        }
        return m;
    }

    /** Aggregated discovery ({@code /api} and {@code /apis}, apidiscovery.k8s.io/v2): two requests for everything. */
    private static final String AGGREGATED =
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json";

    List<String> apiVersions() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String root : List.of("/api", "/apis")) {
            Object answer = http.send(RequestLimits.Limit.DISCOVERY, "GET", root, null, null, AGGREGATED);
            if (!(answer instanceof Map<?, ?> list)) {
                continue;
            }
            if ("APIGroupDiscoveryList".equals(list.get("kind"))) {
                AggregatedDiscovery.read(list, byGroupVersion, out);
            } else {
                AggregatedDiscovery.readLegacy(list, out);
            }
        }
        return List.copyOf(out);
    }

    KubeVersion version() {
        if (http.send(RequestLimits.Limit.DISCOVERY, "GET", "/version", null, null) instanceof Map<?, ?> v) {
            return new KubeVersion(str(v.get("major")), str(v.get("minor")), str(v.get("gitVersion")));
        }
        throw new KubeException(0, "", "the server answered /version with no JSON object");
    }

    private Map<String, ResourceMapping> fetch(GroupVersionKind gvk) {
        String path = gvk.group().isEmpty() ? "/api/" + gvk.version() : "/apis/" + gvk.group() + "/" + gvk.version();
        Object answer;
        try {
            answer = http.send(RequestLimits.Limit.DISCOVERY, "GET", path, null, null);
        } catch (KubeException e) {
            if (e.code() == 404) {
                throw new NoKindMatchException(gvk);
            }
            throw e;
        }
        Map<String, ResourceMapping> out = new HashMap<>();
        if (answer instanceof Map<?, ?> list && list.get("resources") instanceof List<?> resources) {
            for (Object o : resources) {
                if (o instanceof Map<?, ?> r && !str(r.get("name")).contains("/")) {
                    GroupVersionKind k = new GroupVersionKind(gvk.group(), gvk.version(), str(r.get("kind")));
                    out.putIfAbsent(k.kind(), new ResourceMapping(k, str(r.get("name")), Boolean.TRUE.equals(r.get("namespaced"))));
                }
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
