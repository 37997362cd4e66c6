package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.diff.ResourceVersions;
import java.util.List;

/**
 * An {@link UpgradePlan} that no longer holds: the release has a newer revision than the plan was made at, or
 * objects of the plan changed on the cluster since (each named, with its {@code resourceVersion} then and now).
 * Nothing was applied; make a new plan.
 */
public final class PlanOutdatedException extends Helm4jException {
    private final transient List<ResourceVersions.Changed> changed;

    PlanOutdatedException(String message, List<ResourceVersions.Changed> changed) {
        super(message);
        this.changed = List.copyOf(changed);
    }

    /** The objects that changed since the plan (empty when the release's revision moved). */
    public List<ResourceVersions.Changed> changed() {
        return changed;
    }
}
