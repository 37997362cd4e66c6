package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.kube.KubeClient;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseChart;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.ReleaseNotFoundException;
import io.helm4j.storage.Storage;
import io.helm4j.values.ChartValues;
import io.helm4j.values.UpgradeValues;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an upgrade will record and apply, decided once for {@code upgrade}, {@code upgrade --plan} and
 * {@code diff upgrade}, so a diff always shows what the upgrade does: the revision upgraded from (Helm's
 * choice), the values per {@code --reset-values}/{@code --reuse-values}/{@code --reset-then-reuse-values},
 * the render (with the cluster's capabilities and {@code lookup}, or offline), and the pending revision.
 */
final class UpgradeTarget {
    /**
     * @param last the release's latest revision (the new one is {@code last + 1})
     * @param current the revision upgraded from
     * @param upgraded the new revision, {@code pending-upgrade}, as it will be recorded
     * @param serverSide whether its objects are applied server-side
     */
    record Prepared(List<Release> history, Release last, Release current, Release upgraded, boolean serverSide) {
    }

    private UpgradeTarget() {
    }

    /** The release's revisions, oldest first; none when it does not exist. */
    static List<Release> history(Storage storage, String name) {
        try {
            return storage.history(name);
        } catch (ReleaseNotFoundException e) {
            return List.of();
        }
    }

    /**
     * Prepares the upgrade {@code o} of the release in {@code storage}.
     *
     * @param kube the cluster to render against, or null to render offline ({@code --dry-run=client})
     */
    static Prepared prepare(ActionContext context, KubeClient kube, Storage storage, UpgradeOptions o) {
        return prepare(context, kube, storage, o, null, kube != null && o.dryRun() == DryRun.NONE);
    }

    /**
     * As {@link #prepare(ActionContext, KubeClient, Storage, UpgradeOptions)}, telling {@code onCurrent} the revision
     * upgraded from as soon as it is known, before the chart is rendered (a diff starts reading the cluster then).
     */
    static Prepared prepare(ActionContext context, KubeClient kube, Storage storage, UpgradeOptions o,
            java.util.function.Consumer<Release> onCurrent) {
        return prepare(context, kube, storage, o, onCurrent, false);
    }

    /** {@code live}: the render is applied (see {@link RenderStep.Request}): a plan or a diff is not. */
    private static Prepared prepare(ActionContext context, KubeClient kube, Storage storage, UpgradeOptions o,
            java.util.function.Consumer<Release> onCurrent, boolean live) {
        String name = o.releaseName();
        if (!ReleaseNames.valid(name)) {
            throw new Helm4jException("release name is invalid: " + name);
        }
        List<Release> history = history(storage, name);
        if (history.isEmpty()) {
            throw new NoDeployedReleasesException(name);
        }
        Release last = ReleaseSteps.last(history);
        ReleaseSteps.checkNotPending(last);
        Release current = current(history, last);
        if (onCurrent != null) {
            onCurrent.accept(current);
        }

        Chart chart = ChartSteps.load(context.charts(), o.chart());
        Map<String, Object> given = ChartValues.userValues(o.values(), context.values());
        UpgradeValues.Result values = UpgradeValues.resolve(o.valuesMode(), chart, given,
                ReleaseSteps.chart(current.chart()), current.config(), context.events());
        Capabilities caps = kube == null ? Capabilities.defaults(null, List.of()) : ReleaseSteps.capabilities(kube);
        ActionContext renderContext = kube == null ? context : context.toBuilder().cluster(new KubeLookup(kube)).build();
        int revision = last.version() + 1;
        RenderStep.Rendered r = RenderStep.render(renderContext, values.chart(), values.values(), new RenderStep.Request(
                new ReleaseInfo(name, current.namespace(), revision, false, true), o.chart(), o.values(), caps,
                o.skipSchemaValidation(), o.enableDns(), o.subNotes(), false, o.postRenderer(), live));
        ReleaseSteps.checkUserLabels(o.labels());
        boolean serverSide = o.serverSide().resolve(last.applyMethod());
        return new Prepared(history, last, current, upgraded(context, current, last, revision, r, o, serverSide),
                serverSide);
    }

    /** Helm's choice of the revision to upgrade from: the last one if deployed, else the deployed one, else the last failed or superseded. */
    static Release current(List<Release> history, Release last) {
        if (last.status() == ReleaseStatus.DEPLOYED) {
            return last;
        }
        Release deployed = history.stream().filter(r -> r.status() == ReleaseStatus.DEPLOYED)
                .max(java.util.Comparator.comparingInt(Release::version)).orElse(null);
        if (deployed != null) {
            return deployed;
        }
        if (last.status() != ReleaseStatus.FAILED && last.status() != ReleaseStatus.SUPERSEDED) {
            throw new NoDeployedReleasesException(last.name());
        }
        return last;
    }

    private static Release upgraded(ActionContext context, Release current, Release last, int revision,
            RenderStep.Rendered r, UpgradeOptions o, boolean serverSide) {
        OffsetDateTime now = ReleaseSteps.now(context.clock());
        io.helm4j.release.ReleaseInfo info = new io.helm4j.release.ReleaseInfo(current.info().firstDeployed(), now,
                null, "Preparing upgrade", ReleaseStatus.PENDING_UPGRADE, 0, r.notes(), null);
        return new Release(o.releaseName(), info, ReleaseChart.of(r.chart()), r.userValues(), ReleaseSteps.manifest(r),
                ReleaseSteps.hooks(r), revision, current.namespace(), ReleaseSteps.mergeLabels(last.labels(), o.labels()),
                ServerSide.applyMethod(serverSide), io.helm4j.release.RecordFormat.HELM4);
    }
}
