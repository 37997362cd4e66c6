package io.helm4j.action;

import io.helm4j.release.Release;

/**
 * What {@code upgrade} made: the new revision as stored (or, for a dry run, as it would be);
 * {@code installed} when {@code --install} found no release and installed it instead.
 */
public record UpgradeResult(Release release, boolean installed) {
}
