package io.helm4j.kube;

import java.util.List;

/**
 * 409 / Conflict. From server-side apply, each field another manager owns:
 * {@code Apply failed with 1 conflict: conflict with "kubectl" using v1: .data.key}; retrying with
 * force ({@code --force-conflicts}) takes the fields over. Without field conflicts, an optimistic
 * lock failure ({@code the object has been modified}).
 */
public class KubeConflictException extends KubeException {
    private final List<FieldConflict> conflicts;

    /** One field owned by another manager: {@code manager} and the field path ({@code .data.key}). */
    public record FieldConflict(String manager, String field, String message) {
    }

    public KubeConflictException(String message, List<FieldConflict> conflicts) {
        super(409, "Conflict", message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }
}
