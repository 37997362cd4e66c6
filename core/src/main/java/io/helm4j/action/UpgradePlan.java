package io.helm4j.action;

import io.helm4j.diff.ChangeSet;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Release;
import java.util.Map;
import java.util.Objects;

/**
 * An upgrade decided and not yet applied (beyond Helm: {@code upgrade --plan}): the revision it was made at,
 * the new revision as it will be recorded (rendered once: applying the plan does not render again), the
 * changes the API server says applying it makes, and the {@code resourceVersion} of every object those
 * changes were computed against. {@link Upgrade} applies it when given in {@link UpgradeOptions#plan()},
 * and refuses ({@link PlanOutdatedException}) if the release or any of those objects changed in between.
 *
 * @param baseRevision the release's latest revision when the plan was made
 */
public record UpgradePlan(String release, String namespace, int baseRevision, Release target, ChangeSet changes,
        Map<ResourceRef, String> resourceVersions) {
    public UpgradePlan {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(changes, "changes");
        resourceVersions = Map.copyOf(resourceVersions);
    }
}
