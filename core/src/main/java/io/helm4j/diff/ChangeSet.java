package io.helm4j.diff;

import java.util.List;

/** Every object that would change, in the order the target lists them, then the removals. */
public record ChangeSet(List<ResourceChange> changes) {
    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    /** Every field conflict of every object. */
    public List<FieldConflict> conflicts() {
        return changes.stream().flatMap(c -> c.conflicts().stream()).toList();
    }
}
