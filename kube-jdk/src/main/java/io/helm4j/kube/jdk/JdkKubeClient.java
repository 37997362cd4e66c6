package io.helm4j.kube.jdk;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeJson;
import io.helm4j.kube.KubeNotFoundException;
import io.helm4j.kube.KubeVersion;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import io.helm4j.kube.jdk.RequestLimits.Limit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link KubeClient} over the JDK's HttpClient. Server-side apply is a PATCH with
 * {@code application/apply-patch+yaml} (the body is JSON, which is YAML), {@code fieldManager},
 * {@code force} and {@code fieldValidation}; dry runs add {@code dryRun=All}.
 */
public final class JdkKubeClient implements KubeClient {
    private static final String APPLY = "application/apply-patch+yaml";

    private final KubeHttp http;
    private final Discovery discovery;
    private final String namespace;
    private final Consumer<String> warnings;

    JdkKubeClient(KubeHttp http, String namespace) {
        this(http, new Discovery(http), namespace, KubeHttp.NO_WARNINGS);
    }

    private JdkKubeClient(KubeHttp http, Discovery discovery, String namespace, Consumer<String> warnings) {
        this.http = http;
        this.discovery = discovery;
        this.namespace = namespace;
        this.warnings = warnings;
    }

    /**
     * This client, its requests' warnings (every {@code Warning: 299} header of every answer, discovery's left out)
     * handed to {@code handler}; the connection, rate limits and discovery cache are this client's.
     */
    @Override
    public KubeClient withWarnings(Consumer<String> handler) {
        return new JdkKubeClient(http, discovery, namespace, java.util.Objects.requireNonNull(handler, "handler"));
    }

    private Object send(Limit limit, String method, String pathAndQuery, String contentType, String body) {
        return http.send(warnings, limit, method, pathAndQuery, contentType, body, "application/json");
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public ResourceMapping mapping(GroupVersionKind gvk) {
        return discovery.mapping(gvk);
    }

    @Override
    public List<String> apiVersions() {
        return discovery.apiVersions();
    }

    @Override
    public KubeVersion serverVersion() {
        return discovery.version();
    }

    @Override
    public String podLogs(String namespace, String pod, String container) {
        String path = "/api/v1/namespaces/" + enc(namespace) + "/pods/" + enc(pod);
        return http.getText(warnings, Limit.object(path), path + "/log?container=" + enc(container));
    }

    /** What Helm's {@code transformRequests} asks for: a Table, else the object. */
    private static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    @Override
    public Optional<io.helm4j.kube.ResourceTable> table(ResourceRef ref) {
        ResourceMapping m = mapping(ref.gvk());
        try {
            String path = objectPath(m, ref.namespace(), ref.name());
            Limit limit = objectLimit(m, ref.name(), path);
            return Optional.of(Tables.of(http.send(warnings, limit, "GET", path, null, null, TABLE)));
        } catch (io.helm4j.kube.KubeNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public io.helm4j.kube.ResourceTable podTable(String namespace, String labelSelector) {
        String path = "/api/v1/namespaces/" + enc(namespace) + "/pods?labelSelector=" + enc(labelSelector);
        return Tables.of(http.send(warnings, Limit.object(path), "GET", path, null, null, TABLE));
    }

    @Override
    public Resource podList(String namespace, String labelSelector) {
        String path = "/api/v1/namespaces/" + enc(namespace) + "/pods?labelSelector=" + enc(labelSelector);
        return resource(send(Limit.object(path), "GET", path, null, null));
    }

    @Override
    public Optional<Resource> get(ResourceRef ref) {
        ResourceMapping m = mapping(ref.gvk());
        try {
            String path = objectPath(m, ref.namespace(), ref.name());
            return Optional.of(resource(send(objectLimit(m, ref.name(), path), "GET", path, null, null)));
        } catch (KubeNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Resource> list(GroupVersionKind gvk, String ns, String labelSelector) {
        ResourceMapping m = mapping(gvk);
        String base = m.collectionPath(ns) + "?limit=500"
                + (labelSelector == null || labelSelector.isEmpty() ? "" : "&labelSelector=" + enc(labelSelector));
        Limit limit = RequestLimits.forList(m.gvk().group(), m.resource(), labelSelector, base);
        List<Resource> out = new ArrayList<>();
        String cont = "";
        do {
            Object page = send(limit, "GET", base + (cont.isEmpty() ? "" : "&continue=" + enc(cont)), null, null);
            if (!(page instanceof Map<?, ?> p)) {
                break;
            }
            if (p.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    out.add(withKind(item, gvk));
                }
            }
            cont = p.get("metadata") instanceof Map<?, ?> meta && meta.get("continue") instanceof String c ? c : "";
        } while (!cont.isEmpty());
        return out;
    }

    @Override
    public Resource apply(Resource resource, ApplyOptions o) {
        ResourceMapping m = mapping(resource.gvk());
        Resource placed = placed(resource, m);
        String q = "?fieldManager=" + enc(o.fieldManager()) + "&fieldValidation=" + o.fieldValidation().apiName()
                + (o.force() ? "&force=true" : "") + (o.dryRun() ? "&dryRun=All" : "");
        String path = objectPath(m, placed.namespace(), placed.name());
        return resource(send(objectLimit(m, placed.name(), path), "PATCH", path + q, APPLY,
                KubeJson.write(placed.object())));
    }

    @Override
    public Resource create(Resource resource, WriteOptions o) {
        ResourceMapping m = mapping(resource.gvk());
        Resource placed = placed(resource, m);
        String q = "?fieldManager=" + enc(o.fieldManager()) + "&fieldValidation=" + o.fieldValidation().apiName()
                + (o.dryRun() ? "&dryRun=All" : "");
        Limit limit = RequestLimits.forCreate(m.gvk().group(), m.resource(), placed.name());
        return resource(send(limit, "POST", m.collectionPath(placed.namespace()) + q, "application/json",
                KubeJson.write(placed.object())));
    }

    @Override
    public Resource patch(ResourceRef ref, io.helm4j.kube.PatchType type, String patch, WriteOptions o) {
        ResourceMapping m = mapping(ref.gvk());
        String q = "?fieldManager=" + enc(o.fieldManager()) + "&fieldValidation=" + o.fieldValidation().apiName()
                + (o.dryRun() ? "&dryRun=All" : "");
        String path = objectPath(m, ref.namespace(), ref.name());
        return resource(send(objectLimit(m, ref.name(), path), "PATCH", path + q, type.contentType(), patch));
    }

    @Override
    public Resource replace(Resource resource, WriteOptions o) {
        ResourceMapping m = mapping(resource.gvk());
        Resource placed = placed(resource, m);
        String q = "?fieldManager=" + enc(o.fieldManager()) + "&fieldValidation=" + o.fieldValidation().apiName()
                + (o.dryRun() ? "&dryRun=All" : "");
        String path = objectPath(m, placed.namespace(), placed.name());
        return resource(send(objectLimit(m, placed.name(), path), "PUT", path + q, "application/json",
                KubeJson.write(placed.object())));
    }

    @Override
    public boolean delete(ResourceRef ref, DeleteOptions o) {
        ResourceMapping m = mapping(ref.gvk());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "DeleteOptions");
        body.put("apiVersion", "v1");
        body.put("propagationPolicy", o.propagationPolicy().apiName());
        if (o.dryRun()) {
            body.put("dryRun", List.of("All"));
        }
        try {
            String path = objectPath(m, ref.namespace(), ref.name());
            send(objectLimit(m, ref.name(), path), "DELETE", path, "application/json", KubeJson.write(body));
            return true;
        } catch (KubeNotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** The bucket of a request about one object: a release record's is the storage one (see {@link RequestLimits}). */
    private static Limit objectLimit(ResourceMapping m, String name, String path) {
        return RequestLimits.forObject(m.gvk().group(), m.resource(), name, path);
    }

    private String objectPath(ResourceMapping m, String ns, String name) {
        return m.collectionPath(ns.isEmpty() ? namespace : ns) + "/" + enc(name).replace("+", "%20");
    }

    private Resource placed(Resource r, ResourceMapping m) {
        if (!m.namespaced()) {
            return r.namespace().isEmpty() ? r : r.withNamespace("");
        }
        return r.namespace().isEmpty() ? r.withNamespace(namespace) : r;
    }

    @SuppressWarnings("unchecked")
    private static Resource resource(Object answer) {
        if (answer instanceof Map<?, ?> m) {
            return new Resource((Map<String, Object>) m);
        }
        throw new io.helm4j.kube.KubeException(0, "", "the server answered with no object");
    }

    /** List items come without apiVersion and kind; they are the listed kind's. */
    @SuppressWarnings("unchecked")
    private static Resource withKind(Object item, GroupVersionKind gvk) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("apiVersion", gvk.apiVersion());
        o.put("kind", gvk.kind());
        ((Map<String, Object>) item).forEach((k, v) -> {
            if (!k.equals("apiVersion") && !k.equals("kind")) {
                o.put(k, v);
            }
        });
        return new Resource(o);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
