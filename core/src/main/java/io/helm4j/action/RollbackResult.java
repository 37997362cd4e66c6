package io.helm4j.action;

import io.helm4j.release.Release;

/** What {@code rollback} made: the new revision (status deployed; pending-rollback for a dry run). */
public record RollbackResult(Release release) {
}
