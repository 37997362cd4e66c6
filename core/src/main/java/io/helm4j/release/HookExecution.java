package io.helm4j.release;

import java.time.OffsetDateTime;

/**
 * A hook's last run, as Helm's {@code HookExecution}: when it started and completed (null for Go's
 * zero time) and its phase (null when it never ran: Helm writes {@code "phase":""}).
 */
public record HookExecution(OffsetDateTime startedAt, OffsetDateTime completedAt, HookPhase phase) {
    /** A hook that never ran. */
    public static final HookExecution NEVER = new HookExecution(null, null, null);
}
