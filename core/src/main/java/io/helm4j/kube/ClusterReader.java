package io.helm4j.kube;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the template function {@code lookup} reads from a cluster: one object
 * ({@code lookup "v1" "Secret" "ns" "name"}), or, with an empty name, the list of that kind
 * (a map with {@code items}), as Go-shaped maps (String keys; List, String, Boolean, Long, Double,
 * null values). An object that does not exist is an empty map, as in Helm.
 *
 * <p>{@link #EMPTY} is what {@code helm template} and client-side dry runs use: every lookup is empty.
 * Commands that talk to a cluster (install, upgrade, {@code --dry-run=server}) will pass their
 * Kubernetes client's reader.
 */
@FunctionalInterface
public interface ClusterReader {
    /** Answers every lookup with an empty map, as Helm does without a cluster. */
    ClusterReader EMPTY = (apiVersion, kind, namespace, name) -> new LinkedHashMap<>();

    /**
     * The object (or, with an empty {@code name}, the list) as the API server returns it; an empty
     * map when it does not exist. {@code namespace} is empty for cluster-scoped kinds.
     */
    Map<String, Object> lookup(String apiVersion, String kind, String namespace, String name);
}
