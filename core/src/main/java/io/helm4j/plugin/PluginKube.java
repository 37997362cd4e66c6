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
 * Kubernetes reads served to a WebAssembly plugin (beyond Helm 4) by helm4j's own client, with the user's
 * credentials, which the plugin never sees: it gets the objects as JSON. The runtime checks each request against the
 * plugin's grant ({@code runtimeConfig.kubernetes: ["get pods", "list configmaps"]}) before it reaches here.
 */
public interface PluginKube {
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

    /** The resource (plural, {@code pods}) of a kind, which the grants name. */
    String resource(String apiVersion, String kind);

    /** {@code get} (one object) or {@code list} (a {@code {"items": [...]}}), as JSON. */
    String serve(String verb, String apiVersion, String kind, String namespace, String name);

    /** Reads through {@code kube}, opened on the first request; "" namespace: the client's. */
    static PluginKube of(Supplier<KubeClient> kube) {
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
        };
    }
}
