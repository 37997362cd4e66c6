package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.kube.KubeClient;
import io.helm4j.release.Crd;
import io.helm4j.release.HookEvent;
import io.helm4j.release.RecordFormat;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseChart;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code helm install}: check the name is free, render (the steps {@code template} runs, with the
 * cluster's capabilities and {@code lookup}), then on the cluster: the namespace if asked, the CRDs of
 * {@code crds/}, the ownership check, the record {@code pending-install}, the pre-install hooks, the
 * server-side apply of the manifests in Helm 4's install order, the wait if asked, the post-install
 * hooks, and the record {@code deployed} (or {@code failed} with the error).
 */
public final class Install {
    private final ActionContext context;
    private final Cancellation cancellation = new Cancellation();

    public Install(ActionContext context) {
        this.context = context;
    }

    /**
     * Helm 4's handling of SIGINT/SIGTERM (for a JVM shutdown hook, from another thread while {@link #run} runs): the
     * revision this install recorded {@code pending-install} is marked failed ({@code Release "web" failed: context
     * canceled}) and the run writes nothing more; empty when nothing was pending yet or the install has ended.
     */
    public java.util.Optional<Release> cancel() {
        return cancellation.cancel();
    }

    public InstallResult run(InstallOptions o) {
        Prepared p = prepare(o);
        if (p.kube() == null) {
            return new InstallResult(p.release().withStatus(ReleaseStatus.PENDING_INSTALL, "Dry run complete"));
        }
        return new InstallResult(onCluster(o, p.kube(), p.storage(), p.release(), p.chart()));
    }

    /**
     * An install as it will be recorded, before anything touches the cluster.
     *
     * @param kube the cluster, null for {@code --dry-run=client}
     * @param chart the chart as loaded (its {@code crds/})
     */
    record Prepared(KubeClient kube, Storage storage, Release release, io.helm4j.chart.Chart chart) {
    }

    /** The name checked, the chart rendered (with the cluster's capabilities and {@code lookup}), the pending record. */
    Prepared prepare(InstallOptions o) {
        return prepare(o, o.dryRun() == DryRun.NONE);
    }

    /** {@code live}: the render is applied (see {@link RenderStep.Request}); a plan's is not. */
    Prepared prepare(InstallOptions o, boolean live) {
        String[] nameAndChart = nameAndChart(o);
        String name = nameAndChart[0];
        boolean offline = o.dryRun() == DryRun.CLIENT;
        KubeClient kube = offline ? null : context.kube();
        String ns = !o.namespace().isEmpty() ? o.namespace() : offline ? "default" : kube.namespace();
        // Helm's install leaves the storage's MaxHistory at 0 (only upgrade and rollback take --history-max): no
        // revision is pruned, and the history is not listed a second time when the record is created
        Storage storage = offline ? new Storage(new MemoryDriver()) : context.storage(ns).withMaxHistory(0);
        if (o.dryRun() == DryRun.NONE) { // Helm's availableName bails out on a dry run
            try {
                checkNameAvailable(storage, name, o.replace());
            } catch (Helm4jException e) {
                context.events().emit(new io.helm4j.events.Event.Log("ERROR", "release name check failed",
                        List.of("error", "cannot reuse a name that is still in use")));
                throw e;
            }
        }
        Capabilities caps = offline ? Capabilities.defaults(null, List.of())
                : Reachability.firstOfInstall(context, () -> ReleaseSteps.capabilities(kube));
        ActionContext renderContext = offline ? context : context.toBuilder().cluster(new KubeLookup(kube)).build();
        RenderStep.Rendered r = RenderStep.run(renderContext, new RenderStep.Request(ReleaseInfo.install(name, ns),
                nameAndChart[1], o.values(), caps, o.skipSchemaValidation(), o.enableDns(), o.subNotes(), false,
                o.postRenderer(), live));
        return new Prepared(kube, storage, pending(name, ns, r, o), r.chart());
    }

    /**
     * Installs what {@link PlanUpgrade} planned for a release that did not exist ({@code upgrade --plan --install}),
     * without rendering again, if it still holds: the release still has the revisions it had (none, or only
     * uninstalled ones), every object of the plan is still absent (or at the version planned), and, server-side,
     * no field conflict was found.
     */
    Release applyPlan(InstallOptions o, UpgradePlan plan) {
        KubeClient kube = context.kube();
        kube.checkReachable();
        Storage storage = context.storage(plan.namespace());
        PlanChecks.sameRevision(UpgradeTarget.history(storage, plan.release()), plan);
        PlanChecks.sameObjects(kube, plan);
        if (o.serverSide() && !o.forceConflicts()) {
            PlanChecks.noConflicts(plan);
        }
        Release r = plan.target();
        OffsetDateTime now = ReleaseSteps.now(context.clock());
        r = r.withInfo(new io.helm4j.release.ReleaseInfo(now, now, null, r.info().description(), r.info().status(), 0,
                r.info().notes(), null));
        return onCluster(o, kube, storage, r, plan.chart());
    }

    /** The cluster's part: CRDs, the ownership check, the dry run or the namespace, the record, then {@link #perform}. */
    private Release onCluster(InstallOptions o, KubeClient kube, Storage storage, Release release,
            io.helm4j.chart.Chart chart) {
        String name = release.name();
        String ns = release.namespace();
        if (o.serverSide()) {
            List<io.helm4j.kube.Resource> crds = new java.util.ArrayList<>();
            if (!o.skipCrds() && chart != null) {
                Crd.of(chart).forEach(crd -> crds.addAll(kube.build(crd.file().text())));
            }
            ClusterSteps.checkListKeys(kube, release, crds);
        }
        Waiter waiter = Waiter.of(context, kube, o.waitStrategy(), o.timeout());
        ClusterSteps cluster = new ClusterSteps(kube, waiter, name, ns);
        if (!o.skipCrds() && chart != null && o.dryRun() == DryRun.SERVER && !Crd.of(chart).isEmpty()) {
            context.events().emit(new io.helm4j.events.Event.Log("WARN", "This chart or one of its subcharts contains "
                    + "CRDs. Rendering may fail or contain inaccuracies."));
        } else if (!o.skipCrds() && chart != null) {
            cluster.installCrds(chart, o.serverSide(), o.forceConflicts());
        }
        List<io.helm4j.kube.Resource> resources = cluster.build(release.manifest());
        if (!o.takeOwnership()) {
            cluster.checkNotTaken(resources);
        }
        if (o.dryRun() == DryRun.SERVER) {
            // beyond Helm, which only reads: the objects dry-run applied, the server's warnings left out (Helm prints
            // those of its reads, which the ownership check has sent); not into a namespace yet to be created, which
            // the server would refuse where Helm's dry run passes
            if (namespaceMayExist(kube, ns)) {
                new ClusterSteps(kube.withWarnings(text -> { }), waiter, name, ns).apply(resources, true,
                        o.forceConflicts());
            }
            return release.withStatus(ReleaseStatus.PENDING_INSTALL, "Dry run complete");
        }
        if (o.createNamespace()) {
            cluster.createNamespace(o.serverSide());
        }
        if (o.replace()) {
            release = replacing(storage, release);
        }
        ReleaseSteps.checkRecordSize(storage, release);
        storage.create(release);
        cancellation.started(storage, release, "Release \"" + name + "\" failed: ", context.events());
        return perform(storage, cluster, waiter, release, resources, o);
    }

    /** False only when the API server says the namespace does not exist (one it will not show may exist). */
    private static boolean namespaceMayExist(KubeClient kube, String ns) {
        try {
            return kube.get(new io.helm4j.kube.ResourceRef(io.helm4j.kube.GroupVersionKind.of("v1", "Namespace"), "",
                    ns)).isPresent();
        } catch (Helm4jException forbidden) {
            return true;
        }
    }

    private Release perform(Storage storage, ClusterSteps cluster, Waiter waiter, Release release,
            List<io.helm4j.kube.Resource> resources, InstallOptions o) {
        Release current = release;
        try {
            HookRunner hooks = new HookRunner(context.kube(), context.clock(), waiter, release.namespace(),
                    o.serverSide(), context.events());
            if (!o.disableHooks()) {
                current = runHooks(hooks, current, HookEvent.PRE_INSTALL, storage);
            }
            if (o.serverSide()) {
                cluster.apply(resources, false, o.forceConflicts());
            } else {
                cluster.create(resources, o.takeOwnership());
            }
            cluster.waitReady(resources, o.waitForJobs());
            if (!o.disableHooks()) {
                current = runHooks(hooks, current, HookEvent.POST_INSTALL, storage);
            }
            String description = o.description().isEmpty() ? "Install complete" : o.description();
            if (!cancellation.finish()) {
                throw new Helm4jException(Cancellation.REASON);
            }
            return recordDeployed(storage, current.withStatus(ReleaseStatus.DEPLOYED, description));
        } catch (Helm4jException e) {
            if (!cancellation.finish()) {
                throw new Helm4jException(Cancellation.REASON, e);
            }
            if (e instanceof HookFailedException h) {
                current = current.withHooks(h.hooks());
            }
            RecordWrites.failed(storage, current.withStatus(ReleaseStatus.FAILED,
                    "Release \"" + release.name() + "\" failed: " + e.getMessage()), e, context.events());
            if (o.rollbackOnFailure()) {
                throw FailureSteps.uninstall(context, release.name(), release.namespace(), e, o.disableHooks(),
                        o.timeout(), o.waitStrategy());
            }
            throw e;
        }
    }

    /**
     * Helm's last write of an install: the release marked deployed. Helm logs a failure and reports the install as
     * done; helm4j first tries again while the API server does not answer, and if it still fails, logs Helm's line and
     * warns which revision is left pending and how to recover.
     */
    private Release recordDeployed(Storage storage, Release done) {
        try {
            RecordWrites.update(storage, done, context.events());
        } catch (Helm4jException e) {
            context.events().emit(new io.helm4j.events.Event.Log("ERROR", "failed to record the release",
                    List.of("error", e.getMessage())));
            context.events().emit(new io.helm4j.events.Event.Warning("the release was installed but could not be "
                    + "marked deployed" + RecordWrites.leftPending(done)));
        }
        return done;
    }

    /** The event's hooks; a failure worded as Helm's ({@code failed pre-install: ...}) with the hooks' runs kept. */
    static Release runHooks(HookRunner hooks, Release release, HookEvent event, Storage storage) {
        try {
            return hooks.run(release, event, storage);
        } catch (HookFailedException e) {
            throw new HookFailedException("failed " + event.annotationName() + ": " + e.getMessage(),
                    (Helm4jException) e.getCause(), e.hooks());
        }
    }

    private Release pending(String name, String ns, RenderStep.Rendered r, InstallOptions o) {
        OffsetDateTime now = ReleaseSteps.now(context.clock());
        io.helm4j.release.ReleaseInfo info = new io.helm4j.release.ReleaseInfo(now, now, null,
                "Initial install underway", ReleaseStatus.PENDING_INSTALL, 0, r.notes(), null);
        return new Release(name, info, ReleaseChart.of(r.chart()), r.userValues(), ReleaseSteps.manifest(r),
                ReleaseSteps.hooks(r), 1, ns,
                o.labels(), ServerSide.applyMethod(o.serverSide()), RecordFormat.HELM4);
    }

    /**
     * Helm's {@code replaceRelease}: the new release takes the next revision number, and the last revision, unless
     * it failed, is superseded.
     */
    private static Release replacing(Storage storage, Release release) {
        List<Release> history;
        try {
            history = storage.history(release.name());
        } catch (io.helm4j.storage.StorageException e) {
            return release;
        }
        if (history.isEmpty()) {
            return release;
        }
        Release last = ReleaseSteps.last(history);
        if (last.status() != ReleaseStatus.FAILED) {
            storage.update(last.withStatus(ReleaseStatus.SUPERSEDED, "superseded by new release")
                    .withFormat(RecordFormat.HELM4));
        }
        return new Release(release.name(), release.info(), release.chart(), release.config(), release.manifest(),
                release.hooks(), last.version() + 1, release.namespace(), release.labels(), release.applyMethod(),
                release.format());
    }

    /**
     * Helm's {@code availableName}: free when no revision exists, or, with {@code --replace} (and on a dry run, which
     * Helm does not check), when the last one is uninstalled or failed.
     */
    private static void checkNameAvailable(Storage storage, String name, boolean replace) {
        List<Release> history;
        try {
            history = storage.history(name);
        } catch (io.helm4j.storage.StorageException e) {
            return;
        }
        if (history.isEmpty()) {
            return;
        }
        Release last = history.stream().max(java.util.Comparator.comparingInt(Release::version)).orElseThrow();
        if (!replace || last.status() != ReleaseStatus.UNINSTALLED && last.status() != ReleaseStatus.FAILED) {
            throw new Helm4jException("release name check failed: cannot reuse a name that is still in use");
        }
    }

    /** Helm's {@code NameAndChart} for install. */
    private String[] nameAndChart(InstallOptions o) {
        if (o.args().size() == 2) {
            return new String[] {o.args().get(0), o.args().get(1)};
        }
        String chart = o.args().get(0);
        if (o.nameTemplate() != null && !o.nameTemplate().isEmpty()) {
            return new String[] {NameTemplate.execute(o.nameTemplate(), ChartSteps.library(context.clock())), chart};
        }
        return new String[] {ReleaseNames.generate(chart, context.clock().instant().getEpochSecond()), chart};
    }
}
