package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a failed install or upgrade does after marking itself failed: clean up, roll back or uninstall. */
final class FailureSteps {
    private FailureSteps() {
    }

    /** {@code --cleanup-on-fail}: deletes the objects the failed operation created; the errors, if any. */
    static List<String> deleteCreated(KubeClient kube, List<Resource> created) {
        List<String> errors = new ArrayList<>();
        for (Resource r : created) {
            try {
                kube.delete(r.ref(), DeleteOptions.background());
            } catch (KubeException e) {
                if (!e.isNotFound()) {
                    errors.add(e.getMessage());
                }
            }
        }
        return errors;
    }

    /**
     * Helm's upgrade {@code --rollback-on-failure}: back to the newest revision that succeeded (superseded or
     * deployed), each step reported as an event; the error says the release was rolled back, or why not.
     */
    static Helm4jException rollBack(ActionContext context, Storage storage, String name, Helm4jException err,
            boolean disableHooks, boolean forceReplace, boolean forceConflicts, ServerSide serverSide,
            Duration timeout, WaitStrategy waitStrategy, boolean waitForJobs) {
        context.events().emit(new Event.Log("DEBUG", "Upgrade failed and rollback-on-failure is set, rolling back "
                + "to previous successful release"));
        List<Release> history;
        try {
            history = storage.history(name);
        } catch (Helm4jException e) {
            return new Helm4jException("an error occurred while finding last successful release. original upgrade "
                    + "error: " + err.getMessage() + ": " + e.getMessage(), err);
        }
        Release good = history.stream()
                .filter(r -> r.status() == ReleaseStatus.SUPERSEDED || r.status() == ReleaseStatus.DEPLOYED)
                .max(Comparator.comparingInt(Release::version)).orElse(null);
        if (good == null) {
            return new Helm4jException("unable to find a previously successful release when attempting to rollback. "
                    + "original upgrade error: " + err.getMessage(), err);
        }
        context.events().emit(new Event.Log("DEBUG", "rolling back " + name + " to revision " + good.version()));
        try {
            new Rollback(context).run(storage, RollbackOptions.builder().releaseName(name).revision(good.version())
                    .disableHooks(disableHooks).forceReplace(forceReplace).forceConflicts(forceConflicts)
                    .serverSide(serverSide).timeout(timeout).waitStrategy(waitStrategy).waitForJobs(waitForJobs).build());
        } catch (Helm4jException e) {
            return new Helm4jException("an error occurred while rolling back the release. original upgrade error: "
                    + err.getMessage() + ": " + e.getMessage(), err);
        }
        context.events().emit(new Event.Log("DEBUG", "rolled back " + name + " to revision " + good.version()));
        return new Helm4jException("release " + name + " failed, and has been rolled back due to rollback-on-failure "
                + "being set: " + err.getMessage(), err);
    }

    /**
     * Helm's install {@code --rollback-on-failure}: the failed release uninstalled, its history purged, with the
     * install's timeout and wait strategy (as Helm's {@code failRelease}).
     */
    static Helm4jException uninstall(ActionContext context, String name, String namespace, Helm4jException err,
            boolean disableHooks, Duration timeout, WaitStrategy waitStrategy) {
        context.events().emit(new Event.Log("DEBUG", "install failed and rollback-on-failure is set, uninstalling "
                + "release " + name));
        try {
            new Uninstall(context).run(new UninstallOptions(name, namespace, false, disableHooks, false,
                    io.helm4j.kube.PropagationPolicy.BACKGROUND, timeout, waitStrategy));
        } catch (Helm4jException e) {
            return new Helm4jException("an error occurred while uninstalling the release. original install error: "
                    + err.getMessage() + ": " + e.getMessage(), err);
        }
        context.events().emit(new Event.Log("DEBUG", "uninstalled " + name));
        return new Helm4jException("release " + name + " failed, and has been uninstalled due to rollback-on-failure "
                + "being set: " + err.getMessage(), err);
    }
}
