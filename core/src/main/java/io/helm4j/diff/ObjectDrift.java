package io.helm4j.diff;

import io.helm4j.kube.ResourceRef;
import java.util.List;

/** One object of a release: its state, the fields that drifted, and those that differ but are ignored. */
public record ObjectDrift(ResourceRef ref, DriftState state, List<FieldDrift> fields, List<FieldDrift> ignored) {
    public ObjectDrift {
        fields = List.copyOf(fields);
        ignored = List.copyOf(ignored);
    }
}
