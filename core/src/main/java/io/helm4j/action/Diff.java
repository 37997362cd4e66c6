package io.helm4j.action;

import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.diff.ChangeSet;
import io.helm4j.diff.ChangeSetEngine;
import io.helm4j.diff.ResourceChange;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.Event;
import io.helm4j.kube.KubeClient;
import io.helm4j.release.Release;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.Storage;
import io.helm4j.values.ChartValues;
import io.helm4j.values.UpgradeValues;
import java.util.List;
import java.util.Map;

/**
 * {@code helm4j diff} (beyond Helm; the command line of the helm-diff plugin): what an install, upgrade or
 * rollback would change, asked of the API server (see {@link ChangeSetEngine#server}), or, with
 * {@code clientOnly} and for revisions and releases, what changes between two manifests. Nothing is
 * written to the cluster or the release storage. Each change is also an {@link Event.Change}.
 *
 * <p>The target of {@code UPGRADE} is prepared by the code {@code upgrade} itself runs ({@link UpgradeTarget}): the
 * revision upgraded from, the values per {@code --reset-values}/{@code --reuse-values}/{@code --reset-then-reuse-values},
 * the render and the revision number are the upgrade's, so the diff shows what that upgrade will apply.
 */
public final class Diff {
    private final ActionContext context;

    public Diff(ActionContext context) {
        this.context = context;
    }

    public DiffResult run(DiffOptions o) {
        String ns = !o.namespace().isEmpty() ? o.namespace()
                : o.clientOnly() && o.mode() == DiffOptions.Mode.INSTALL ? "default" : context.kube().namespace();
        DiffResult r = switch (o.mode()) {
            case INSTALL -> install(o, ns);
            case UPGRADE -> upgrade(o, ns);
            case ROLLBACK -> {
                Storage storage = context.storage(ns);
                Release current = storage.last(o.release());
                Release target = storage.get(o.release(), o.revision());
                yield compare(o, ns, current.manifest(), target.manifest(), true);
            }
            case REVISION -> {
                Storage storage = context.storage(ns);
                Release from = storage.get(o.release(), o.revision());
                Release to = o.otherRevision() > 0 ? storage.get(o.release(), o.otherRevision())
                        : storage.last(o.release());
                yield compare(o, ns, from.manifest(), to.manifest(), false);
            }
            case RELEASE -> {
                Storage storage = context.storage(ns);
                yield compare(o, ns, storage.last(o.release()).manifest(), storage.last(o.otherRelease()).manifest(),
                        false);
            }
        };
        for (ResourceChange c : r.changes().changes()) {
            context.events().emit(new Event.Change(c.ref().toString(), c.type().name(), c.fields().size()));
        }
        return r;
    }

    /**
     * The upgrade prepared as {@link Upgrade} prepares it ({@link UpgradeTarget}: the same revision upgraded from,
     * values, render and pending revision), then compared with the cluster ({@link PlanUpgrade#prepareAndPlan}) or,
     * with {@code clientOnly}, with the current revision's manifest.
     */
    private DiffResult upgrade(DiffOptions o, String ns) {
        UpgradeOptions u = UpgradeOptions.builder().releaseName(o.release()).chart(o.chart()).namespace(ns)
                .values(o.values()).resetValues(o.valuesMode() == UpgradeValues.Mode.RESET)
                .reuseValues(o.valuesMode() == UpgradeValues.Mode.REUSE)
                .resetThenReuseValues(o.valuesMode() == UpgradeValues.Mode.RESET_THEN_REUSE)
                .skipSchemaValidation(o.skipSchemaValidation()).postRenderer(o.postRenderer())
                .dryRun(o.clientOnly() ? DryRun.CLIENT : DryRun.SERVER).build();
        KubeClient kube = o.clientOnly() ? null : context.kube();
        UpgradeTarget.Prepared[] p = new UpgradeTarget.Prepared[1];
        io.helm4j.diff.PlannedChanges planned = null;
        try {
            if (kube == null) {
                p[0] = UpgradeTarget.prepare(context, null, context.storage(ns), u);
            } else {
                planned = PlanUpgrade.prepareAndPlan(context, kube, u, o.settings(), x -> p[0] = x);
            }
        } catch (NoDeployedReleasesException e) {
            if (!o.installIfMissing()) {
                throw e;
            }
            return install(o, ns);
        }
        String currentManifest = p[0].current().manifest();
        if (kube == null) {
            return compare(o, p[0].upgraded().namespace(), currentManifest, p[0].upgraded().manifest(), false);
        }
        return new DiffResult(planned.changes(), currentManifest, p[0].upgraded().manifest());
    }

    /** Renders the chart as install renders it, and compares with nothing. */
    private DiffResult install(DiffOptions o, String ns) {
        KubeClient kube = o.clientOnly() ? null : context.kube();
        Capabilities caps = kube == null ? Capabilities.defaults(null, List.of()) : ReleaseObjects.capabilities(kube);
        ActionContext render = kube == null ? context : context.toBuilder().cluster(new KubeLookup(kube)).build();
        Chart chart = ChartSteps.load(context.charts(), o.chart());
        Map<String, Object> given = ChartValues.userValues(o.values(), context.values());
        RenderStep.Rendered r = RenderStep.render(render, chart, given, new RenderStep.Request(
                ReleaseInfo.install(o.release(), ns), o.chart(), o.values(), caps, o.skipSchemaValidation(), false,
                false, false, o.postRenderer(), false));
        return compare(o, ns, "", ReleaseObjects.manifest(r.sorted()), true);
    }

    private DiffResult compare(DiffOptions o, String ns, String currentManifest, String targetManifest, boolean apply) {
        ChangeSet set;
        if (o.clientOnly() || !apply) {
            set = ChangeSetEngine.manifests(currentManifest, targetManifest, ns, o.settings());
        } else {
            KubeClient kube = context.kube();
            set = ChangeSetEngine.server(kube, ReleaseObjects.placed(kube, currentManifest, ns),
                    ReleaseObjects.applied(kube, targetManifest, o.release(), ns), o.settings());
        }
        return new DiffResult(set, currentManifest, targetManifest);
    }
}
