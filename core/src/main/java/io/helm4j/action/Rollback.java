package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.release.HookEvent;
import io.helm4j.release.RecordFormat;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.ReleaseNotFoundException;
import io.helm4j.storage.Storage;
import java.util.List;

/**
 * {@code helm rollback}: a new revision with the chart, values, manifest and hooks of an earlier one
 * (described {@code Rollback to N}), recorded {@code pending-rollback}; the pre-rollback hooks; the objects
 * moved back (server-side apply, or the client-side path that revision recorded) and those the earlier
 * revision did not have deleted; the wait if asked; the post-rollback hooks; every deployed revision
 * superseded and the new one deployed. A failure marks the new revision failed (never left pending).
 */
public final class Rollback {
    private final ActionContext context;

    public Rollback(ActionContext context) {
        this.context = context;
    }

    public RollbackResult run(RollbackOptions o) {
        KubeClient kube = context.kube();
        kube.checkReachable();
        String ns = !o.namespace().isEmpty() ? o.namespace() : kube.namespace();
        Storage storage = context.storage(ns);
        if (o.historyMax() != null) {
            storage = storage.withMaxHistory(o.historyMax());
        }
        return run(storage, o);
    }

    /** The rollback on a storage already opened (upgrade's and install's failure handling share it). */
    RollbackResult run(Storage storage, RollbackOptions o) {
        String name = o.releaseName();
        if (!ReleaseNames.valid(name)) {
            throw new Helm4jException("prepareRollback: Release name is invalid: " + name);
        }
        if (o.revision() < 0) {
            throw new Helm4jException("invalid release revision number");
        }
        List<Release> history = storage.history(name);
        if (history.isEmpty()) {
            throw new ReleaseNotFoundException();
        }
        Release current = ReleaseSteps.last(history);
        int previousVersion = o.revision() == 0 ? current.version() - 1 : o.revision();
        if (history.stream().noneMatch(r -> r.version() == previousVersion)) {
            throw new Helm4jException("release has no " + previousVersion + " version");
        }
        Release previous = storage.get(name, previousVersion);
        boolean serverSide = o.serverSide().resolve(previous.applyMethod());
        Release target = target(current, previous, previousVersion, o, serverSide);
        if (o.dryRun() != DryRun.NONE) {
            return new RollbackResult(target);
        }
        Updaters.check(serverSide, o.forceReplace(), o.forceConflicts());
        if (serverSide) {
            ClusterSteps.checkListKeys(context.kube(), target);
        }
        ReleaseSteps.checkRecordSize(storage, target);
        storage.create(target);
        context.events().emit(new Event.Log("DEBUG", "rolling back " + name + " from revision " + current.version()
                + " to " + previousVersion + " as revision " + target.version()));
        return new RollbackResult(perform(storage, current, target, serverSide, o));
    }

    private Release target(Release current, Release previous, int previousVersion, RollbackOptions o,
            boolean serverSide) {
        String description = o.description().isEmpty() ? "Rollback to " + previousVersion : o.description();
        io.helm4j.release.ReleaseInfo info = new io.helm4j.release.ReleaseInfo(current.info().firstDeployed(),
                ReleaseSteps.now(context.clock()), null, description, ReleaseStatus.PENDING_ROLLBACK, previousVersion,
                previous.info().notes(), null);
        return new Release(current.name(), info, previous.chart(), previous.config(), previous.manifest(),
                previous.hooks(), current.version() + 1, current.namespace(), previous.labels(),
                ServerSide.applyMethod(serverSide), RecordFormat.HELM4);
    }

    private Release perform(Storage storage, Release current, Release target, boolean serverSide, RollbackOptions o) {
        KubeClient kube = context.kube();
        Waiter waiter = Waiter.of(context, kube, o.waitStrategy(), o.timeout());
        ClusterSteps cluster = new ClusterSteps(kube, waiter, target.name(), target.namespace());
        Release rel = target;
        HookRunner hooks = new HookRunner(kube, context.clock(), waiter, target.namespace(), serverSide,
                context.events());
        List<Resource> currentObjects;
        List<Resource> targetObjects;
        try {
            currentObjects = cluster.build(current.manifest());
            targetObjects = cluster.build(target.manifest());
            if (!o.disableHooks()) {
                rel = hooks.run(rel, HookEvent.PRE_ROLLBACK, storage);
            }
        } catch (Helm4jException e) {
            RecordWrites.failed(storage, rel.withStatus(ReleaseStatus.FAILED, "Rollback \"" + rel.name()
                    + "\" failed: " + e.getMessage()), e, context.events());
            throw e;
        }
        ClusterSteps.Changes changes;
        try {
            changes = cluster.update(currentObjects, targetObjects,
                    Updaters.of(kube, serverSide, o.forceReplace(), o.forceConflicts(), true));
        } catch (Helm4jException e) {
            String msg = "Rollback \"" + rel.name() + "\" failed: " + e.getMessage();
            context.events().emit(new Event.Log("WARN", msg));
            RecordWrites.superseded(storage, current.withStatus(ReleaseStatus.SUPERSEDED, current.info().description())
                    .withFormat(RecordFormat.HELM4), context.events());
            RecordWrites.failed(storage, rel.withStatus(ReleaseStatus.FAILED, msg), e, context.events());
            if (o.cleanupOnFail() && e instanceof ClusterSteps.UpdateException u && !u.changes().created().isEmpty()) {
                List<String> errors = FailureSteps.deleteCreated(kube, u.changes().created());
                if (!errors.isEmpty()) {
                    throw new Helm4jException("an error occurred while cleaning up resources. original rollback "
                            + "error: unable to cleanup resources: " + String.join(", ", errors), e);
                }
            }
            throw e;
        }
        try {
            cluster.waitReady(targetObjects, o.waitForJobs());
        } catch (Helm4jException e) {
            RecordWrites.failed(storage, rel.withStatus(ReleaseStatus.FAILED, "Release \"" + rel.name()
                    + "\" failed: " + e.getMessage()), e, context.events());
            throw new Helm4jException("release " + rel.name() + " failed: " + e.getMessage(), e);
        }
        if (!o.disableHooks()) {
            try {
                rel = hooks.run(rel, HookEvent.POST_ROLLBACK, storage);
            } catch (Helm4jException e) {
                RecordWrites.failed(storage, rel.withStatus(ReleaseStatus.FAILED, "Rollback \"" + rel.name()
                        + "\" failed: " + e.getMessage()), e, context.events());
                throw e;
            }
        }
        for (Release deployed : deployed(storage, rel.name())) {
            RecordWrites.superseded(storage, deployed.withStatus(ReleaseStatus.SUPERSEDED, deployed.info().description())
                    .withFormat(RecordFormat.HELM4), context.events());
        }
        Release done = rel.withStatus(ReleaseStatus.DEPLOYED, rel.info().description());
        RecordWrites.deployed(storage, done, context.events());
        return done;
    }

    private static List<Release> deployed(Storage storage, String name) {
        try {
            return storage.deployedAll(name);
        } catch (io.helm4j.storage.NoDeployedReleasesException e) {
            return List.of();
        }
    }
}
