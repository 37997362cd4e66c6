package io.helm4j.kube;

import io.helm4j.Helm4jException;
import java.util.List;
import java.util.Optional;

/**
 * The cluster as Helm's actions see it (Helm's {@code pkg/kube} Interface, kept small): build
 * objects from manifests, map kinds to resources, read, apply server-side, create and delete.
 *
 * <p>Namespaces: an object of a namespaced kind with no namespace goes to {@link #namespace()}; the
 * namespace of a cluster-scoped object is ignored. Errors are {@link KubeException}s typed by the
 * Status reason ({@link KubeNotFoundException}, {@link KubeForbiddenException},
 * {@link KubeConflictException}...); an unknown kind is a {@link NoKindMatchException}.
 *
 * <p>The HTTP implementation lives in the {@code helm4j-kube-jdk} module and is found through
 * {@link KubeClients}; {@link FakeKubeClient} is an in-memory one for tests.
 */
public interface KubeClient extends AutoCloseable {
    /** The default namespace: the {@code --namespace} flag, else the kubeconfig context's, else {@code default}. */
    String namespace();

    /** Parses a YAML stream of manifests into objects (no request is made). */
    default List<Resource> build(String manifests) {
        return Manifests.parse(manifests);
    }

    /**
     * The REST mapping of a kind. A kind the cached discovery does not know is looked up again on
     * the server, so a CRD created a moment ago is found.
     */
    ResourceMapping mapping(GroupVersionKind gvk);

    /**
     * Every group version the server serves and every kind in each, as Helm's
     * {@code .Capabilities.APIVersions} has them: {@code apps/v1} and {@code apps/v1/Deployment}, sorted.
     */
    List<String> apiVersions();

    /** The server's version. */
    KubeVersion serverVersion();

    /**
     * Helm's {@code IsReachable}: asks for the server's version, and words a failure as Helm does
     * ({@code kubernetes cluster unreachable: Get "https://...": dial tcp ...: connection refused}; an error answer as
     * client-go's discovery reads {@code /version}, raw: {@code the server has asked for the client to provide
     * credentials} for a 401, whatever Status the server sent).
     */
    default void checkReachable() {
        try {
            serverVersion();
        } catch (Helm4jException e) {
            int code = e instanceof KubeException k ? k.code() : 0;
            String reason = e instanceof KubeException k ? k.reason() : "";
            String message = code >= 400 ? KubeStatus.unstructured(code) : e.getMessage();
            throw new ClusterUnreachableException(code, reason, "kubernetes cluster unreachable: " + message, e);
        }
    }

    /** The object, or empty when it does not exist. */
    Optional<Resource> get(ResourceRef ref);

    /**
     * The objects of a kind in a namespace (an empty namespace lists every namespace) whose labels
     * match a label selector ({@code app=x,tier in (a,b),!legacy}; empty for all).
     */
    List<Resource> list(GroupVersionKind gvk, String namespace, String labelSelector);

    /**
     * The log of one container of a pod (client-go's {@code GetLogs}), as text. A client that cannot
     * read logs says so with a {@link KubeException}.
     */
    default String podLogs(String namespace, String pod, String container) {
        throw new KubeException(0, "", "this Kubernetes client cannot read pod logs");
    }

    /**
     * The object as the server's table ({@code kubectl get}'s columns), or empty when it does not exist.
     * A client that cannot ask for tables says so with a {@link KubeException}.
     */
    default Optional<ResourceTable> table(ResourceRef ref) {
        throw new KubeException(0, "", "this Kubernetes client cannot read tables");
    }

    /** The pods of a namespace matching a label selector, as the server's table. */
    default ResourceTable podTable(String namespace, String labelSelector) {
        throw new KubeException(0, "", "this Kubernetes client cannot read tables");
    }

    /**
     * The pods of a namespace matching a label selector as the server answers the list (a {@code PodList},
     * its items with their {@code apiVersion} and {@code kind}, as client-go decodes them). By default
     * built from {@link #list}, without the list's {@code resourceVersion}.
     */
    default Resource podList(String namespace, String labelSelector) {
        List<Object> items = new java.util.ArrayList<>();
        for (Resource p : list(GroupVersionKind.of("v1", "Pod"), namespace, labelSelector)) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(p.object());
            m.putIfAbsent("apiVersion", "v1");
            m.putIfAbsent("kind", "Pod");
            items.add(m);
        }
        return new Resource(java.util.Map.of("apiVersion", "v1", "kind", "PodList", "metadata", java.util.Map.of(),
                "items", items));
    }

    /** Server-side apply (creates the object when absent); returns the object the server answered. */
    Resource apply(Resource resource, ApplyOptions options);

    /** Creates the object; {@link KubeAlreadyExistsException} when its name is taken. */
    Resource create(Resource resource, WriteOptions options);

    /**
     * Patches the object with a patch of {@code type} (a JSON text); returns the object the server answered.
     * Clients that cannot patch refuse (the default).
     */
    default Resource patch(ResourceRef ref, PatchType type, String patch, WriteOptions options) {
        throw new KubeException(0, "", "this Kubernetes client cannot patch objects");
    }

    /**
     * Replaces the object (a PUT; {@code metadata.resourceVersion}, when set, guards against a concurrent
     * change); returns the object the server answered. Clients that cannot replace refuse (the default).
     */
    default Resource replace(Resource resource, WriteOptions options) {
        throw new KubeException(0, "", "this Kubernetes client cannot replace objects");
    }

    /** Deletes the object; false when it did not exist. */
    boolean delete(ResourceRef ref, DeleteOptions options);

    /**
     * This client with the API server's warnings handed to {@code handler}: the text of every {@code Warning}
     * header with code 299 of every answer ({@code unknown field "spec.foo"}, {@code apps/v1beta1 Deployment is
     * deprecated...}), in the order they arrive, possibly from several threads at once. The returned client shares
     * this one's connection (closing either closes both). A client whose server never warns returns itself (the
     * default); {@link io.helm4j.action.ActionContext} turns the warnings into {@code Event.ApiWarning}s.
     */
    default KubeClient withWarnings(java.util.function.Consumer<String> handler) {
        return this;
    }

    /** Releases connections; the client is not used afterwards. */
    @Override
    void close();
}
