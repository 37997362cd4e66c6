package io.helm4j.action;

import io.helm4j.chart.Chart;
import io.helm4j.diff.ChangeSet;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import java.util.Map;
import java.util.Objects;

/**
 * An upgrade decided and not yet applied (beyond Helm: {@code upgrade --plan}): the revision it was made at,
 * the new revision as it will be recorded (rendered once: applying the plan does not render again), the
 * changes the API server says applying it makes, and the {@code resourceVersion} of every object those
 * changes were computed against. {@link Upgrade} applies it when given in {@link UpgradeOptions#plan()},
 * and refuses ({@link PlanOutdatedException}) if the release or any of those objects changed in between.
 *
 * <p>With {@code --install} and a release that does not exist (or whose revisions are all uninstalled), the plan
 * is an install's ({@link #installs()}): its target is {@code pending-install}, every object an addition, and
 * applying it refuses if any of them appeared meanwhile.
 *
 * @param baseRevision the release's latest revision when the plan was made, 0 when it had none
 * @param chart the chart as loaded, for an install's {@code crds/}; null for an upgrade
 */
public record UpgradePlan(String release, String namespace, int baseRevision, Release target, ChangeSet changes,
        Map<ResourceRef, String> resourceVersions, Chart chart) {
    public UpgradePlan {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(changes, "changes");
        resourceVersions = Map.copyOf(resourceVersions);
    }

    /** The plan of an upgrade. */
    public UpgradePlan(String release, String namespace, int baseRevision, Release target, ChangeSet changes,
            Map<ResourceRef, String> resourceVersions) {
        this(release, namespace, baseRevision, target, changes, resourceVersions, null);
    }

    /** Whether applying the plan installs the release (it did not exist, or had only uninstalled revisions). */
    public boolean installs() {
        return target.info() != null && target.info().status() == ReleaseStatus.PENDING_INSTALL;
    }
}
