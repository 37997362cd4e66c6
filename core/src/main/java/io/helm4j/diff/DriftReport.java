package io.helm4j.diff;

import java.util.List;

/** A release's objects compared with what its revision applied. */
public record DriftReport(String release, String namespace, int revision, List<ObjectDrift> objects) {
    public DriftReport {
        objects = List.copyOf(objects);
    }

    /** True when an object drifted, was deleted or is orphaned. */
    public boolean drifted() {
        return objects.stream().anyMatch(o -> o.state() != DriftState.IN_SYNC);
    }

    public long count(DriftState state) {
        return objects.stream().filter(o -> o.state() == state).count();
    }
}
