package io.helm4j.release;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A release's {@code info}, as Helm's {@code release.Info}: when it was first and last deployed and
 * uninstalled (null for Go's zero time), a description, the status (null when absent), the revision
 * a rollback went back to (0 when none), the rendered NOTES.txt, and the deployed resources (null
 * when absent; Helm fills them only for {@code status --show-resources} and never stores them).
 */
public record ReleaseInfo(OffsetDateTime firstDeployed, OffsetDateTime lastDeployed, OffsetDateTime deleted,
        String description, ReleaseStatus status, int rollbackRevision, String notes,
        Map<String, List<Object>> resources) {

    @SuppressWarnings("unchecked")
    public ReleaseInfo {
        description = description == null ? "" : description;
        notes = notes == null ? "" : notes;
        resources = resources == null ? null : (Map<String, List<Object>>) (Map<String, ?>) Frozen.map(resources);
    }

    /** This info with another status and description, as Helm's {@code SetStatus}. */
    public ReleaseInfo withStatus(ReleaseStatus newStatus, String newDescription) {
        return new ReleaseInfo(firstDeployed, lastDeployed, deleted, newDescription, newStatus, rollbackRevision, notes,
                resources);
    }

    /** This info with another uninstall time. */
    public ReleaseInfo withDeleted(OffsetDateTime time) {
        return new ReleaseInfo(firstDeployed, lastDeployed, time, description, status, rollbackRevision, notes,
                resources);
    }
}
