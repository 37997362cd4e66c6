package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.release.HookEvent;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.Storage;
import java.util.List;

/**
 * {@code helm upgrade}: the release's last revision must not be pending; the values per the reuse/reset
 * rules; render (with the cluster's capabilities and {@code lookup}); the new revision recorded
 * {@code pending-upgrade}; the pre-upgrade hooks; the objects updated (server-side apply by the field
 * manager {@code helm}, or the client-side path the release recorded), those the chart dropped deleted;
 * the wait if asked; the post-upgrade hooks; the previous revision superseded and the new one deployed.
 * A failure marks it failed, and cleans up ({@code cleanupOnFail}) or rolls back ({@code rollbackOnFailure}).
 * With {@code install}, a release that does not exist is installed instead.
 */
public final class Upgrade {
    private final ActionContext context;
    private final Cancellation cancellation = new Cancellation();
    /** The install that {@code --install} runs instead, once it has begun (so {@link #cancel} reaches it). */
    private volatile Install installing;

    public Upgrade(ActionContext context) {
        this.context = context;
    }

    /**
     * Helm 4's handling of SIGINT/SIGTERM (for a JVM shutdown hook, from another thread while {@link #run} runs): the
     * revision this upgrade recorded {@code pending-upgrade} is marked failed ({@code Upgrade "web" failed: context
     * canceled}) and the run writes nothing more; empty when nothing was pending yet or the upgrade has ended. With
     * {@code install} and no release, the install it runs instead is cancelled so ({@link Install#cancel}: its revision
     * marked {@code Release "web" failed: context canceled}).
     */
    public java.util.Optional<Release> cancel() {
        Install install = installing;
        if (install != null) {
            return install.cancel();
        }
        java.util.Optional<Release> failed = cancellation.cancel();
        failed.ifPresent(r -> context.events().emit(new Event.Log("WARN", "upgrade failed",
                List.of("name", r.name(), "error", Cancellation.REASON))));
        return failed;
    }

    /** True once this upgrade ({@code install}, no release yet) has turned into an install. */
    public boolean installs() {
        return installing != null;
    }

    public UpgradeResult run(UpgradeOptions o) {
        String name = o.releaseName();
        KubeClient kube = context.kube();
        String ns = !o.namespace().isEmpty() ? o.namespace() : kube.namespace();
        Storage storage = context.storage(ns);
        if (o.historyMax() != null) {
            storage = storage.withMaxHistory(o.historyMax());
        }
        if (o.plan() != null && o.plan().installs()) {
            try {
                installing = new Install(context);
                return new UpgradeResult(installing.applyPlan(installOptions(o, o.plan().baseRevision() > 0),
                        o.plan()), true);
            } catch (PlanOutdatedException e) {
                throw e;
            } catch (Helm4jException e) {
                throw new InstallFailedException(e);
            }
        }
        if (o.install() && o.plan() == null) {
            Storage records = storage;
            List<Release> history = Reachability.first(context, () -> UpgradeTarget.history(records, name));
            if (history.isEmpty() || ReleaseSteps.uninstalled(history)) {
                try {
                    installing = new Install(context);
                    return new UpgradeResult(installing.run(installOptions(o,
                            ReleaseSteps.uninstalled(history))).release(), true);
                } catch (io.helm4j.UsageException e) {
                    throw e;
                } catch (Helm4jException e) {
                    throw new InstallFailedException(e);
                }
            }
        }
        if (o.dryRun() != DryRun.CLIENT) {
            kube.checkReachable();
        }
        if (!ReleaseNames.valid(name)) {
            throw new Helm4jException("release name is invalid: " + name);
        }
        if (o.hideSecret() && o.dryRun() == DryRun.NONE) {
            throw new Helm4jException("hiding Kubernetes secrets requires a dry-run mode");
        }
        UpgradeTarget.Prepared p = o.plan() != null ? fromPlan(kube, storage, o.plan())
                : UpgradeTarget.prepare(context, o.dryRun() == DryRun.CLIENT ? null : kube, storage, o);
        Release current = p.current();
        Release upgraded = p.upgraded();
        boolean serverSide = p.serverSide();
        if (o.plan() != null && serverSide && !o.forceConflicts()) {
            PlanChecks.noConflicts(o.plan());
        }

        if (serverSide && o.dryRun() != DryRun.CLIENT) {
            ClusterSteps.checkListKeys(kube, upgraded);
        }
        Waiter waiter = Waiter.of(context, kube, o.waitStrategy(), o.timeout());
        ClusterSteps cluster = new ClusterSteps(kube, waiter, name, upgraded.namespace());
        List<Resource> currentObjects = buildCurrent(cluster, current);
        List<Resource> target = cluster.build(upgraded.manifest());
        checkNewObjects(cluster, currentObjects, target, o.takeOwnership());
        if (o.dryRun() != DryRun.NONE) {
            return new UpgradeResult(upgraded.withStatus(ReleaseStatus.PENDING_UPGRADE,
                    o.description().isEmpty() ? "Dry run complete" : o.description()), false);
        }
        Updaters.check(serverSide, o.forceReplace(), o.forceConflicts());
        ReleaseSteps.checkRecordSize(storage, upgraded);
        storage.create(upgraded);
        cancellation.started(storage, upgraded, "Upgrade \"" + name + "\" failed: ", context.events());
        return new UpgradeResult(perform(storage, cluster, waiter, current, upgraded, currentObjects, target,
                serverSide, o), false);
    }

    private Release perform(Storage storage, ClusterSteps cluster, Waiter waiter, Release original, Release upgraded,
            List<Resource> currentObjects, List<Resource> target, boolean serverSide, UpgradeOptions o) {
        Release rel = upgraded;
        HookRunner hooks = new HookRunner(context.kube(), context.clock(), waiter, upgraded.namespace(),
                serverSide, context.events());
        if (!o.disableHooks()) {
            try {
                rel = hooks.run(rel, HookEvent.PRE_UPGRADE, storage);
            } catch (Helm4jException e) {
                throw fail(storage, rel, List.of(), new Helm4jException("pre-upgrade hooks failed: " + e.getMessage(), e),
                        o);
            }
        }
        ClusterSteps.Changes changes;
        try {
            changes = cluster.update(currentObjects, target, Updaters.of(context.kube(), serverSide, o.forceReplace(),
                    o.forceConflicts(), isClientSide(original.applyMethod()) && serverSide));
        } catch (ClusterSteps.UpdateException e) {
            throw fail(storage, rel, e.changes().created(), e, o);
        } catch (Helm4jException e) {
            throw fail(storage, rel, List.of(), e, o);
        }
        try {
            cluster.waitReady(target, o.waitForJobs());
        } catch (Helm4jException e) {
            throw fail(storage, rel, changes.created(), e, o);
        }
        if (!o.disableHooks()) {
            try {
                rel = hooks.run(rel, HookEvent.POST_UPGRADE, storage);
            } catch (Helm4jException e) {
                throw fail(storage, rel, changes.created(),
                        new Helm4jException("post-upgrade hooks failed: " + e.getMessage(), e), o);
            }
        }
        if (!cancellation.finish()) {
            throw new Helm4jException(Cancellation.REASON);
        }
        RecordWrites.superseded(storage, original.withStatus(ReleaseStatus.SUPERSEDED, original.info().description())
                .withFormat(io.helm4j.release.RecordFormat.HELM4), context.events());
        Release done = rel.withStatus(ReleaseStatus.DEPLOYED,
                o.description().isEmpty() ? "Upgrade complete" : o.description());
        RecordWrites.deployed(storage, done, context.events());
        return done;
    }

    /** Helm's {@code isReleaseApplyMethodClientSideApply}: {@code csa}, or nothing recorded (Helm 3). */
    static boolean isClientSide(String applyMethod) {
        return applyMethod.isEmpty() || applyMethod.equals(Release.APPLY_METHOD_CSA);
    }

    /**
     * Helm's {@code failRelease}: the revision marked failed, the objects this upgrade created deleted when
     * asked, and with {@code rollbackOnFailure} the release rolled back to its last successful revision.
     */
    private Helm4jException fail(Storage storage, Release rel, List<Resource> created, Helm4jException err,
            UpgradeOptions o) {
        String name = rel.name();
        if (!cancellation.finish()) {
            return new Helm4jException(Cancellation.REASON, err);
        }
        RecordWrites.failed(storage, rel.withStatus(ReleaseStatus.FAILED, "Upgrade \"" + name + "\" failed: "
                + err.getMessage()), err, context.events());
        context.events().emit(new Event.Log("WARN", "upgrade failed", List.of("name", name, "error", err.getMessage())));
        if (o.cleanupOnFail() && !created.isEmpty()) {
            List<String> errors = FailureSteps.deleteCreated(context.kube(), created);
            if (!errors.isEmpty()) {
                return new Helm4jException("an error occurred while cleaning up resources. original upgrade error: "
                        + err.getMessage() + ": unable to cleanup resources: " + String.join(", ", errors), err);
            }
        }
        if (o.rollbackOnFailure()) {
            return FailureSteps.rollBack(context, storage, name, err, o.disableHooks(), o.forceReplace(),
                    o.forceConflicts(), o.serverSide(), o.timeout(), o.waitStrategy(), o.waitForJobs());
        }
        return err;
    }

    /**
     * The upgrade a plan decided, if it still holds: the release's latest revision is the one the plan was made
     * at, and every object the plan looked at has the {@code resourceVersion} it had (absent ones still absent).
     */
    private UpgradeTarget.Prepared fromPlan(KubeClient kube, Storage storage, UpgradePlan plan) {
        List<Release> history = UpgradeTarget.history(storage, plan.release());
        if (history.isEmpty()) {
            throw new NoDeployedReleasesException(plan.release());
        }
        PlanChecks.sameRevision(history, plan);
        Release last = ReleaseSteps.last(history);
        ReleaseSteps.checkNotPending(last);
        PlanChecks.sameObjects(kube, plan);
        Release target = plan.target();
        target = target.withInfo(new io.helm4j.release.ReleaseInfo(target.info().firstDeployed(),
                ReleaseSteps.now(context.clock()), null, target.info().description(), target.info().status(), 0,
                target.info().notes(), null));
        return new UpgradeTarget.Prepared(history, last, UpgradeTarget.current(history, last), target,
                ServerSide.applyMethod(true).equals(target.applyMethod()));
    }

    /** The objects of the revision upgraded from; a kind the server no longer serves is Helm's clear error. */
    private static List<Resource> buildCurrent(ClusterSteps cluster, Release current) {
        try {
            return cluster.build(current.manifest());
        } catch (io.helm4j.kube.NoKindMatchException e) {
            throw new Helm4jException("current release manifest contains removed kubernetes api(s) for this "
                    + "kubernetes version and it is therefore unable to build the kubernetes objects for performing "
                    + "the diff. error from kubernetes: " + e.getMessage(), e);
        }
    }

    /** Objects the new revision adds must not belong to anyone else, unless {@code takeOwnership}. */
    private static void checkNewObjects(ClusterSteps cluster, List<Resource> current, List<Resource> target,
            boolean takeOwnership) {
        if (takeOwnership) {
            return;
        }
        java.util.Set<io.helm4j.kube.ResourceRef> existing = new java.util.HashSet<>();
        current.forEach(r -> existing.add(r.ref()));
        List<Resource> created = target.stream().filter(r -> !existing.contains(r.ref())).toList();
        cluster.checkNotTaken(created, "update");
    }

    /** Helm's {@code upgrade --install} of a missing release: the upgrade's options, as install takes them. */
    static InstallOptions installOptions(UpgradeOptions o, boolean replace) {
        return InstallOptions.builder().releaseName(o.releaseName()).chart(o.chart()).namespace(o.namespace())
                .values(o.values()).createNamespace(o.createNamespace()).dryRun(o.dryRun())
                .description(o.description()).skipCrds(o.skipCrds()).disableHooks(o.disableHooks()).labels(o.labels())
                .waitStrategy(o.waitStrategy()).waitForJobs(o.waitForJobs()).timeout(o.timeout())
                .takeOwnership(o.takeOwnership())
                .forceConflicts(o.forceConflicts()).skipSchemaValidation(o.skipSchemaValidation())
                .enableDns(o.enableDns()).subNotes(o.subNotes()).postRenderer(o.postRenderer())
                .rollbackOnFailure(o.rollbackOnFailure()).replace(replace)
                .serverSide(o.serverSide() != ServerSide.FALSE).build();
    }
}
