package io.helm4j.action;

import io.helm4j.release.Release;

/** What {@code install} made: the release as stored (or, for a dry run, as it would be). */
public record InstallResult(Release release) {
}
