package io.helm4j.kube;

import java.util.Objects;

/**
 * A Kubernetes group, version and kind ({@code apps/v1 Deployment}); the core group is the empty
 * string ({@code v1 ConfigMap}).
 */
public record GroupVersionKind(String group, String version, String kind) {
    public GroupVersionKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
    }

    /** Splits an {@code apiVersion} ({@code v1}, {@code apps/v1}) and pairs it with the kind. */
    public static GroupVersionKind of(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return slash < 0
                ? new GroupVersionKind("", apiVersion, kind)
                : new GroupVersionKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    /** The {@code apiVersion} field: {@code version} for the core group, {@code group/version} otherwise. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** As client-go prints a GVK: {@code apps/v1, Kind=Deployment} ({@code /v1, Kind=ConfigMap}). */
    @Override
    public String toString() {
        return group + "/" + version + ", Kind=" + kind;
    }
}
