package io.helm4j.diff;

import io.helm4j.kube.ResourceRef;
import java.util.Map;
import java.util.Objects;

/**
 * A change set and what it was computed against: the {@code resourceVersion} of every object it looked at
 * (each object to apply and each object to remove), "" for one that did not exist.
 */
public record PlannedChanges(ChangeSet changes, Map<ResourceRef, String> versions) {
    public PlannedChanges {
        Objects.requireNonNull(changes, "changes");
        versions = Map.copyOf(versions);
    }
}
