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
import java.util.function.Consumer;


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

    /**
     * The mapping of {@code gvk}. The warnings of the group version's answer, if one is asked for, are dropped: Helm's
     * REST mapper reads the discovery it cached on disk ({@code ~/.kube/cache}, six hours) and asks the server only
     * when that is cold, and then the aggregated documents, never one group version; so it prints none here in
     * practice.
     */
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

    /**
     * Every group version and kind (Helm's capabilities, which it always asks the server for: {@code Invalidate}
     * first), the answers' warnings handed to {@code warnings}, as client-go's default handler prints them.
     */
    List<String> apiVersions(Consumer<String> warnings) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String root : List.of("/api", "/apis")) {
            Object answer = http.send(warnings, RequestLimits.Limit.DISCOVERY, "GET", root, null, null, AGGREGATED);
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

    /** The server's version, the answer's warnings handed to {@code warnings} (each request's, as in Helm). */
    KubeVersion version(Consumer<String> warnings) {
        if (http.send(warnings, RequestLimits.Limit.DISCOVERY, "GET", "/version", null, null, JSON) instanceof Map<?, ?> v) {
            return new KubeVersion(str(v.get("major")), str(v.get("minor")), str(v.get("gitVersion")));
        }
        throw new KubeException(0, "", "the server answered /version with no JSON object");
    }

    private static final String JSON = "application/json";

    private Map<String, ResourceMapping> fetch(GroupVersionKind gvk) {
        String path = gvk.group().isEmpty() ? "/api/" + gvk.version() : "/apis/" + gvk.group() + "/" + gvk.version();
        Object answer;
        try {
            answer = http.send(KubeHttp.NO_WARNINGS, RequestLimits.Limit.DISCOVERY, "GET", path, null, null, JSON);
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
