package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.diff.FieldConflict;
import io.helm4j.diff.ResourceChange;
import io.helm4j.diff.ResourceVersions;
import io.helm4j.kube.KubeClient;
import io.helm4j.release.Release;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a plan ({@link UpgradePlan}) still holds when it is applied; each check throws, having applied nothing.
 * Shared by the upgrade and the install a plan makes.
 */
final class PlanChecks {
    private PlanChecks() {
    }

    /** The release's latest revision is still the one the plan was made at (0: the release had none). */
    static void sameRevision(List<Release> history, UpgradePlan plan) {
        int last = history.isEmpty() ? 0 : ReleaseSteps.last(history).version();
        if (last != plan.baseRevision()) {
            throw new PlanOutdatedException("the plan no longer holds: release \"" + plan.release() + "\" is at "
                    + (last == 0 ? "no revision" : "revision " + last) + ", the plan was made at "
                    + (plan.baseRevision() == 0 ? "no revision" : "revision " + plan.baseRevision())
                    + "; nothing was applied, make a new plan", List.of());
        }
    }

    /** Every object the plan looked at has the {@code resourceVersion} it had (absent ones still absent). */
    static void sameObjects(KubeClient kube, UpgradePlan plan) {
        List<ResourceVersions.Changed> changed = ResourceVersions.changed(kube, plan.resourceVersions());
        if (!changed.isEmpty()) {
            StringBuilder m = new StringBuilder("the plan no longer holds: ").append(changed.size())
                    .append(changed.size() == 1 ? " object" : " objects").append(" changed on the cluster since it was made: ");
            m.append(String.join("; ", changed.stream().map(ResourceVersions.Changed::describe).toList()));
            throw new PlanOutdatedException(m.append("; nothing was applied, make a new plan").toString(), changed);
        }
    }

    /** A plan whose server-side apply would fail on field conflicts is refused before anything is applied. */
    static void noConflicts(UpgradePlan plan) {
        List<String> found = new ArrayList<>();
        for (ResourceChange c : plan.changes().changes()) {
            for (FieldConflict f : c.conflicts()) {
                found.add(c.ref().gvk().kind() + " \"" + c.ref().name() + "\" " + f.field() + " (owned by \""
                        + f.manager() + "\")");
            }
        }
        if (!found.isEmpty()) {
            throw new Helm4jException("the plan has " + found.size() + (found.size() == 1 ? " field conflict" : " field "
                    + "conflicts") + " that the server-side apply would fail on: " + String.join("; ", found)
                    + "; nothing was applied: pass --force-conflicts to take the fields, or leave them to their manager");
        }
    }
}
