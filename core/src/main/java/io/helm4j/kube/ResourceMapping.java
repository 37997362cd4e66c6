package io.helm4j.kube;

/**
 * What discovery says about a kind: its REST resource name (plural, lower case) and whether its
 * objects live in a namespace.
 */
public record ResourceMapping(GroupVersionKind gvk, String resource, boolean namespaced) {
    /** The URL path of the collection: {@code /api/v1/namespaces/ns/configmaps}, {@code /apis/apps/v1/deployments}. */
    public String collectionPath(String namespace) {
        StringBuilder b = new StringBuilder(gvk.group().isEmpty() ? "/api/" : "/apis/" + gvk.group() + "/");
        b.append(gvk.version());
        if (namespaced && namespace != null && !namespace.isEmpty()) {
            b.append("/namespaces/").append(namespace);
        }
        return b.append('/').append(resource).toString();
    }
}
