package io.helm4j.plugin;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Kubernetes requests served to a WebAssembly plugin (beyond Helm 4) by helm4j's own client, with the user's
 * credentials, which the plugin never sees: it gets the objects as JSON. Reads ({@code get}, {@code list}) and writes
 * ({@code create}, {@code update}, {@code patch}, {@code delete}); the runtime checks each request against the
 * plugin's grant ({@code runtimeConfig.kubernetes: ["get pods", "create configmaps"]}) before it reaches here.
 */
public interface PluginKube {
    /** The verbs a grant may name: the reads, then the writes. */
    java.util.Set<String> VERBS = java.util.Set.of("get", "list", "create", "update", "patch", "delete");

    /**
     * A write: {@code create} and {@code update} send {@code object} (a JSON object; its namespace and name are the
     * request's where it has none), {@code patch} sends {@code patch} (JSON text) of {@code patchType}
     * ({@code merge}, {@code json} or {@code strategic}), {@code delete} sends nothing. The field manager is
     * {@code helm4j-plugin-NAME}, so the cluster records which plugin wrote.
     */
    record Write(String plugin, String verb, String apiVersion, String kind, String namespace, String name,
            Map<String, Object> object, String patch, String patchType) {
    }

    /** No cluster: every request fails. */
    PluginKube NONE = new PluginKube() {
        @Override
        public String resource(String apiVersion, String kind) {
            throw new PluginException(null, "no Kubernetes cluster is configured for this command");
        }

        @Override
        public String serve(String verb, String apiVersion, String kind, String namespace, String name) {
            throw new PluginException(null, "no Kubernetes cluster is configured for this command");
        }
    };

    /** Sends a write and answers the object the server returned as JSON ({@code delete}: {@code {"deleted": BOOL}}). */
    default String write(Write w) {
        throw new PluginException(w.plugin(), "no Kubernetes cluster is configured for this command");
    }

    /** The resource (plural, {@code pods}) of a kind, which the grants name. */
    String resource(String apiVersion, String kind);

    /** {@code get} (one object) or {@code list} (a {@code {"items": [...]}}), as JSON. */
    String serve(String verb, String apiVersion, String kind, String namespace, String name);

    /** Reads and writes through {@code kube}, opened on the first request; "" namespace: the client's. */
    static PluginKube of(Supplier<KubeClient> kube) {
        return of(kube, false);
    }

    /**
     * As {@link #of(Supplier)}, for an operation that changes nothing ({@code template}, {@code --dry-run},
     * {@code diff}, a plan): reads as there, writes sent as the API server's dry run, so the plugin gets the answer
     * and the cluster keeps what it has.
     */
    static PluginKube dryRun(Supplier<KubeClient> kube) {
        return of(kube, true);
    }

    private static PluginKube of(Supplier<KubeClient> kube, boolean dryRun) {
        return new PluginKube() {
            @Override
            public String resource(String apiVersion, String kind) {
                return kube.get().mapping(GroupVersionKind.of(apiVersion, kind)).resource();
            }

            @Override
            public String serve(String verb, String apiVersion, String kind, String namespace, String name) {
                KubeClient c = kube.get();
                GroupVersionKind gvk = GroupVersionKind.of(apiVersion, kind);
                String ns = namespace == null || namespace.isEmpty() ? c.namespace() : namespace;
                if (verb.equals("get")) {
                    return c.get(new ResourceRef(gvk, ns, name)).map(r -> GoYaml.toJson(r.object())).orElse("null");
                }
                List<Object> items = new ArrayList<>();
                for (Resource r : c.list(gvk, ns, "")) {
                    items.add(r.object());
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("items", items);
                return GoYaml.toJson(out);
            }

            @Override
            public String write(Write w) {
                return PluginKubeWrites.send(kube.get(), w, dryRun);
            }
        };
    }
}
