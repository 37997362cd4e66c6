package io.helm4j.action;

import io.helm4j.diff.ChangeSet;

/** What {@code diff} found: the changes, and the manifests compared (the target is the one that would be applied). */
public record DiffResult(ChangeSet changes, String currentManifest, String targetManifest) {
}
