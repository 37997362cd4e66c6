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
 * <p>The target of {@code UPGRADE} is rendered here as {@code upgrade} renders it (the chart, values resolved by
 * {@link UpgradeValues} against the deployed revision's, {@code .Release.IsUpgrade} and the next revision
 * number). Until the upgrade action lands, the old chart's values for {@code --reuse-values} are the deployed
 * revision's recorded chart values laid over the new chart (its subcharts' values come from the new chart).
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
            case INSTALL -> target(o, ns, "", null);
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

    private DiffResult upgrade(DiffOptions o, String ns) {
        Release current;
        try {
            current = context.storage(ns).deployed(o.release());
        } catch (NoDeployedReleasesException e) {
            if (!o.installIfMissing()) {
                throw e;
            }
            return target(o, ns, "", null);
        }
        return target(o, ns, current.manifest(), current);
    }

    /** Renders the chart as install ({@code current} null) or upgrade of {@code current} renders it, and compares. */
    private DiffResult target(DiffOptions o, String ns, String currentManifest, Release current) {
        KubeClient kube = o.clientOnly() ? null : context.kube();
        Capabilities caps = kube == null ? Capabilities.defaults(null, List.of()) : ReleaseObjects.capabilities(kube);
        ActionContext render = kube == null ? context : context.toBuilder().cluster(new KubeLookup(kube)).build();
        Chart chart = ChartSteps.load(context.charts(), o.chart());
        Map<String, Object> given = ChartValues.userValues(o.values(), context.values());
        ReleaseInfo info = ReleaseInfo.install(o.release(), ns);
        if (current != null) {
            UpgradeValues.Result uv = UpgradeValues.resolve(o.valuesMode(), chart, given,
                    chart.withValues(current.chart() == null ? Map.of() : current.chart().values()), current.config(),
                    context.events());
            chart = uv.chart();
            given = uv.values();
            info = new ReleaseInfo(o.release(), ns, current.version() + 1, false, true);
        }
        RenderStep.Rendered r = RenderStep.render(render, chart, given, new RenderStep.Request(info, o.chart(),
                o.values(), caps, o.skipSchemaValidation(), false, false, false, o.postRenderer()));
        return compare(o, ns, currentManifest, ReleaseObjects.manifest(r.sorted()), true);
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
