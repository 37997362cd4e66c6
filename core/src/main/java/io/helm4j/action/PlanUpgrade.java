package io.helm4j.action;

import io.helm4j.diff.ChangeSetEngine;
import io.helm4j.diff.DiffSettings;
import io.helm4j.diff.PlannedChanges;
import io.helm4j.diff.ResourceChange;
import io.helm4j.events.Event;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Crd;
import io.helm4j.release.Release;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code helm4j upgrade --plan}, first half (beyond Helm): the upgrade prepared exactly as {@link Upgrade}
 * prepares it ({@link UpgradeTarget}), and what applying it would change asked of the API server (a
 * server-side dry-run apply under the field manager {@code helm}, see {@link ChangeSetEngine#plan}), with the
 * {@code resourceVersion} of every object involved. Nothing is written. Each change is an {@link Event.Change}.
 *
 * <p>With {@code install} and a release that does not exist (or has only uninstalled revisions), where
 * {@code upgrade --install} installs, the plan is the install's: rendered as install renders, the ownership
 * check install makes, and every object (with the chart's CRDs not on the cluster yet) an addition, whose absence
 * applying the plan checks again. In a namespace that {@code --create-namespace} will create, nothing can be asked
 * of the server yet: the objects are shown as they will be sent, without the server's defaults.
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
        if (u.install()) {
            List<Release> history = UpgradeTarget.history(context.storage(ns), u.releaseName());
            if (history.isEmpty() || ReleaseSteps.uninstalled(history)) {
                return result(install(kube, u, history, o.settings()));
            }
        }
        UpgradeTarget.Prepared[] p = new UpgradeTarget.Prepared[1];
        PlannedChanges planned = prepareAndPlan(context, kube, u, o.settings(), x -> p[0] = x);
        return result(new UpgradePlan(u.releaseName(), p[0].upgraded().namespace(), p[0].last().version(),
                p[0].upgraded(), planned.changes(), planned.versions()));
    }

    private PlanUpgradeResult result(UpgradePlan plan) {
        for (ResourceChange c : plan.changes().changes()) {
            context.events().emit(new Event.Change(c.ref().toString(), c.type().name(), c.fields().size()));
        }
        return new PlanUpgradeResult(plan);
    }

    /** What applying the prepared revision changes, from the revision it upgrades, with what {@code prefetch} read. */
    static PlannedChanges changes(KubeClient kube, UpgradeTarget.Prepared p, DiffSettings s,
            ChangeSetEngine.Prefetch prefetch) {
        String ns = p.upgraded().namespace();
        return ChangeSetEngine.plan(kube, ReleaseObjects.placed(kube, p.current().manifest(), ns),
                ReleaseObjects.applied(kube, p.upgraded().manifest(), p.upgraded().name(), ns), s, prefetch);
    }

    /**
     * The upgrade prepared, with the reads of the change set that do not depend on the new revision (the live
     * objects of the current one, the admission check) started as soon as the current revision is known, so that
     * they run while the chart renders.
     */
    static PlannedChanges prepareAndPlan(ActionContext context, KubeClient kube, UpgradeOptions u, DiffSettings s,
            java.util.function.Consumer<UpgradeTarget.Prepared> prepared) {
        String ns = !u.namespace().isEmpty() ? u.namespace() : kube.namespace();
        ChangeSetEngine.Prefetch[] prefetch = new ChangeSetEngine.Prefetch[1];
        try {
            UpgradeTarget.Prepared p = UpgradeTarget.prepare(context, kube, context.storage(ns), u,
                    current -> prefetch[0] = ChangeSetEngine.Prefetch.start(kube,
                            () -> ReleaseObjects.placed(kube, current.manifest(), current.namespace())));
            prepared.accept(p);
            return changes(kube, p, s, prefetch[0]);
        } finally {
            if (prefetch[0] != null) {
                prefetch[0].close();
            }
        }
    }

    /** The plan of {@code upgrade --install}'s install: {@link Install}'s preparation, every object an addition. */
    private UpgradePlan install(KubeClient kube, UpgradeOptions u, List<Release> history, DiffSettings s) {
        int base = history.isEmpty() ? 0 : ReleaseSteps.last(history).version();
        InstallOptions io = Upgrade.installOptions(u, base > 0);
        Install.Prepared p = new Install(context).prepare(io, false); // a plan: a post-renderer's writes as dry runs
        Release target = p.release();
        if (base > 0) { // Install's replacing: the next revision number
            target = new Release(target.name(), target.info(), target.chart(), target.config(), target.manifest(),
                    target.hooks(), base + 1, target.namespace(), target.labels(), target.applyMethod(), target.format());
        }
        String name = target.name();
        String ns = target.namespace();
        List<Resource> objects = ReleaseObjects.applied(kube, target.manifest(), name, ns);
        if (!io.takeOwnership()) {
            new ClusterSteps(kube, null, name, ns).checkNotTaken(objects);
        }
        List<Resource> all = new ArrayList<>(io.skipCrds() ? List.of() : absentCrds(kube, p.chart()));
        all.addAll(objects);
        boolean namespaceMissing = io.createNamespace()
                && kube.get(new ResourceRef(GroupVersionKind.of("v1", "Namespace"), "", ns)).isEmpty();
        PlannedChanges planned = namespaceMissing ? ChangeSetEngine.additions(all, s)
                : ChangeSetEngine.plan(kube, List.of(), all, s);
        return new UpgradePlan(name, ns, base, target, planned.changes(), planned.versions(), p.chart());
    }

    /** The chart's CRDs ({@code crds/}) that install would create: those the cluster does not have. */
    private static List<Resource> absentCrds(KubeClient kube, io.helm4j.chart.Chart chart) {
        List<Resource> out = new ArrayList<>();
        for (Crd crd : Crd.of(chart)) {
            for (Resource r : kube.build(crd.file().text())) {
                if (kube.get(r.ref()).isEmpty()) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
