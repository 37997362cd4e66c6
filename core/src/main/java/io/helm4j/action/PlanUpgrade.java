package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.diff.ChangeSetEngine;
import io.helm4j.diff.DiffSettings;
import io.helm4j.diff.PlannedChanges;
import io.helm4j.diff.ResourceChange;
import io.helm4j.events.Event;
import io.helm4j.kube.KubeClient;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.Storage;

/**
 * {@code helm4j upgrade --plan}, first half (beyond Helm): the upgrade prepared exactly as {@link Upgrade}
 * prepares it ({@link UpgradeTarget}), and what applying it would change asked of the API server (a
 * server-side dry-run apply under the field manager {@code helm}, see {@link ChangeSetEngine#plan}), with the
 * {@code resourceVersion} of every object involved. Nothing is written. Each change is an {@link Event.Change}.
 */
public final class PlanUpgrade {
    private final ActionContext context;

    public PlanUpgrade(ActionContext context) {
        this.context = context;
    }

    public PlanUpgradeResult run(PlanUpgradeOptions o) {
        UpgradeOptions u = o.upgrade();
        KubeClient kube = context.kube();
        kube.checkReachable();
        String ns = !u.namespace().isEmpty() ? u.namespace() : kube.namespace();
        UpgradeTarget.Prepared p;
        try {
            p = UpgradeTarget.prepare(context, kube, context.storage(ns), u);
        } catch (NoDeployedReleasesException e) {
            if (!u.install()) {
                throw e;
            }
            throw new Helm4jException("release \"" + u.releaseName() + "\" has no deployed revision to plan an "
                    + "upgrade of: install it first (helm4j diff install shows what an install would create)", e);
        }
        PlannedChanges planned = changes(kube, p, o.settings());
        for (ResourceChange c : planned.changes().changes()) {
            context.events().emit(new Event.Change(c.ref().toString(), c.type().name(), c.fields().size()));
        }
        return new PlanUpgradeResult(new UpgradePlan(u.releaseName(), p.upgraded().namespace(), p.last().version(),
                p.upgraded(), planned.changes(), planned.versions()));
    }

    /** What applying the prepared revision changes, from the revision it upgrades. */
    static PlannedChanges changes(KubeClient kube, UpgradeTarget.Prepared p, DiffSettings s) {
        String ns = p.upgraded().namespace();
        return ChangeSetEngine.plan(kube, ReleaseObjects.placed(kube, p.current().manifest(), ns),
                ReleaseObjects.applied(kube, p.upgraded().manifest(), p.upgraded().name(), ns), s);
    }
}
