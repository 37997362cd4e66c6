package io.helm4j.kube;

import java.util.Objects;

/** One object by kind, namespace (empty for cluster-scoped kinds or the client's default) and name. */
public record ResourceRef(GroupVersionKind gvk, String namespace, String name) {
    public ResourceRef {
        Objects.requireNonNull(gvk, "gvk");
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
    }

    /** As Helm names an object in messages: {@code ns/name apps/v1, Kind=Deployment}. */
    @Override
    public String toString() {
        return (namespace.isEmpty() ? "" : namespace + "/") + name + " " + gvk;
    }
}
