package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.WriteOptions;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Hook;
import io.helm4j.release.HookEvent;
import io.helm4j.release.HookExecution;
import io.helm4j.release.HookPhase;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseHook;
import io.helm4j.storage.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the hooks of one event as Helm's {@code execHook}: by weight, then name; each one first deleted
 * if its policy says {@code before-hook-creation} (the default when it names none), created by the field
 * manager {@code helm} as Helm 4 creates hooks (a server-side apply without forcing conflicts when the
 * operation applies server-side, else a plain create: Helm passes the apply method of the operation, which for
 * upgrade and rollback of a release installed client-side is client-side), and waited for (a Job until
 * complete, a Pod until succeeded); its last run recorded; its pods' logs reported
 * ({@link Event.HookLog}) when its {@code helm.sh/hook-output-log-policy} says {@code hook-succeeded} or
 * {@code hook-failed}; deleted on {@code hook-succeeded} or {@code hook-failed}. A CustomResourceDefinition hook
 * is never deleted, as in Helm.
 */
final class HookRunner {
    private static final GroupVersionKind POD = new GroupVersionKind("", "v1", "Pod");
    private final KubeClient kube;
    private final Clock clock;
    private final Duration timeout;
    private final Waiter waiter;

    private final String namespace;
    private final boolean serverSide;
    private final EventSink events;

    /**
     * Hooks waited for by {@code waiter} (its timeout bounds each hook and each deletion); a namespaced
     * hook that names no namespace goes to the release's {@code namespace}; created server-side when
     * {@code serverSide} (Helm's {@code serverSideApply} argument of {@code execHook}), else client-side;
     * their pods' logs, when a policy asks, to {@code events}.
     */
    HookRunner(KubeClient kube, Clock clock, Waiter waiter, String namespace, boolean serverSide, EventSink events) {
        this.kube = kube;
        this.clock = clock;
        this.timeout = waiter.timeout();
        this.waiter = waiter;
        this.namespace = namespace;
        this.serverSide = serverSide;
        this.events = events;
    }

    private Resource object(ReleaseHook h) {
        Resource r = kube.build(h.hook().manifest()).getFirst();
        return r.namespace().isEmpty() && kube.mapping(r.gvk()).namespaced() ? r.withNamespace(namespace) : r;
    }

    /**
     * Runs the event's hooks of {@code release}, recording the release in {@code storage} as each hook starts (its last
     * run {@code Running}, Helm's {@code recordRelease}, so that {@code helm status} meanwhile shows it); returns the
     * release with the last runs updated.
     */
    Release run(Release release, HookEvent event, Storage storage) {
        Run run = runDeferred(release.hooks(), event, running -> RecordWrites.record(storage, release.withHooks(running),
                events));
        run.cleanup().run();
        return release.withHooks(run.hooks());
    }

    /** The hooks after a run, and the deletion of those whose policy is {@code hook-succeeded}, not yet done. */
    record Run(List<ReleaseHook> hooks, Runnable cleanup) {
    }

    /**
     * Helm's {@code execHookWithDelayedShutdown}: runs the event's hooks and leaves their
     * {@code hook-succeeded} deletion to the caller ({@code helm test --logs} reads the pods' logs
     * first). A failure ({@link HookFailedException}) deletes at once the failed hook if its policy
     * says {@code hook-failed} and the hooks that succeeded before it if theirs says {@code hook-succeeded}. As each
     * hook starts, {@code record} is handed every hook, that one's last run {@code Running} (Helm records the release
     * then; the phase is {@code Unknown} in memory until the hook ends, which a record made meanwhile would show).
     */
    Run runDeferred(List<ReleaseHook> hooks, HookEvent event, Consumer<List<ReleaseHook>> record) {
        List<ReleaseHook> all = new ArrayList<>(hooks);
        List<Integer> executing = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).hook().events().contains(event)) {
                executing.add(i);
            }
        }
        executing.sort(Comparator.comparingInt((Integer i) -> all.get(i).hook().weight())
                .thenComparing(i -> all.get(i).hook().name()));
        for (int n = 0; n < executing.size(); n++) {
            int i = executing.get(n);
            ReleaseHook h = withDefaultDeletePolicy(all.get(i));
            all.set(i, h);
            Resource resource = object(h);
            if (policies(h).contains("before-hook-creation")) {
                delete(h, resource.ref());
            }
            OffsetDateTime started = now(); // Helm: after the deletion, as the hook is recorded Running
            all.set(i, h.withLastRun(new HookExecution(started, null, HookPhase.RUNNING)));
            record.accept(List.copyOf(all));
            all.set(i, h.withLastRun(new HookExecution(started, null, HookPhase.UNKNOWN)));
            try {
                create(resource);
            } catch (Helm4jException e) {
                // Helm: the hook's run recorded failed, nothing deleted
                all.set(i, h.withLastRun(new HookExecution(started, now(), HookPhase.FAILED)));
                throw new HookFailedException("warning: Hook " + event.annotationName() + " " + h.hook().path()
                        + " failed: " + e.getMessage(), e, List.copyOf(all));
            }
            try {
                waiter.waitForHook(resource.ref());
            } catch (WaitException e) {
                all.set(i, h.withLastRun(new HookExecution(started, now(), HookPhase.FAILED)));
                outputLogs(h, "hook-failed");
                if (policies(h).contains("hook-failed")) {
                    delete(h, resource.ref());
                }
                deleteSucceeded(all, executing.subList(0, n));
                throw new HookFailedException(e.getMessage(), e, List.copyOf(all));
            }
            all.set(i, h.withLastRun(new HookExecution(started, now(), HookPhase.SUCCEEDED)));
        }
        List<ReleaseHook> done = List.copyOf(all);
        return new Run(done, () -> {
            // Helm: the hooks in reverse order, each one's logs and then its deletion
            for (int i : executing.reversed()) {
                ReleaseHook h = done.get(i);
                outputLogs(h, "hook-succeeded");
                if (policies(h).contains("hook-succeeded")) {
                    delete(h, object(h).ref());
                }
            }
        });
    }

    /** Helm's creation of a hook ({@code Client.Create} with or without server-side apply, never forcing). */
    private void create(Resource resource) {
        if (!serverSide) {
            kube.create(resource, WriteOptions.clientSide());
            return;
        }
        try {
            kube.apply(resource, ApplyOptions.helm());
        } catch (KubeConflictException e) {
            throw new Helm4jException("conflict occurred while applying object " + ObjectUpdater.describe(resource)
                    + ": " + e.getMessage(), e);
        } catch (Helm4jException e) {
            throw new Helm4jException("server-side apply failed for object " + ObjectUpdater.describe(resource)
                    + ": " + e.getMessage(), e);
        }
    }

    /** Helm's deletion of the hooks that succeeded before one failed, when their policy says so. */
    private void deleteSucceeded(List<ReleaseHook> all, List<Integer> which) {
        for (int i : which) {
            ReleaseHook h = all.get(i);
            if (policies(h).contains("hook-succeeded")) {
                delete(h, object(h).ref());
            }
        }
    }

    /**
     * Helm's {@code outputLogsByPolicy}: when the hook's output-log policy names {@code policy}, the logs of every
     * container of its pods (a Job's by the label {@code job-name}, a Pod's own) as events; a failure to read them is
     * a warning, as Helm only logs it.
     */
    private void outputLogs(ReleaseHook h, String policy) {
        List<String> p = h.hook().outputLogPolicies();
        if (p == null || !p.contains(policy)) {
            return;
        }
        Resource r = object(h);
        String ns = r.namespace().isEmpty() ? namespace : r.namespace();
        try {
            List<Resource> pods = switch (h.hook().kind()) {
                case "Job" -> kube.list(POD, ns, "job-name=" + r.name());
                case "Pod" -> kube.get(new ResourceRef(POD, ns, r.name())).stream().toList();
                default -> List.of();
            };
            for (Resource pod : pods) {
                for (Object c : containers(pod)) {
                    String container = String.valueOf(((java.util.Map<?, ?>) c).get("name"));
                    events.emit(new Event.HookLog(ns, pod.name(), container, kube.podLogs(ns, pod.name(), container)));
                }
            }
        } catch (Helm4jException e) {
            events.emit(new Event.Warning("error outputting logs for hook " + h.hook().path() + ": " + e.getMessage()));
        }
    }

    private static List<?> containers(Resource pod) {
        return pod.object().get("spec") instanceof java.util.Map<?, ?> spec && spec.get("containers") instanceof List<?> l
                ? l : List.of();
    }

    private static List<String> policies(ReleaseHook h) {
        List<String> p = h.hook().deletePolicies();
        return p == null || p.isEmpty() ? List.of("before-hook-creation") : p;
    }

    /**
     * Helm's {@code hookSetDeletePolicy}: a hook that names no delete policy gets {@code before-hook-creation} when it
     * runs, and the record keeps it ({@code "delete_policies":["before-hook-creation"]}).
     */
    private static ReleaseHook withDefaultDeletePolicy(ReleaseHook h) {
        Hook k = h.hook();
        if (k.deletePolicies() != null && !k.deletePolicies().isEmpty()) {
            return h;
        }
        return new ReleaseHook(new Hook(k.name(), k.kind(), k.path(), k.manifest(), k.events(), k.weight(),
                List.of("before-hook-creation"), k.outputLogPolicies()), h.lastRun());
    }

    /** Helm's {@code deleteHookByPolicy}: the hook deleted and waited for, unless it is a CRD (Helm never deletes those). */
    private void delete(ReleaseHook h, ResourceRef ref) {
        if ("CustomResourceDefinition".equals(h.hook().kind())) {
            return;
        }
        if (kube.delete(ref, DeleteOptions.background())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (kube.get(ref).isPresent() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Helm4jException("interrupted while deleting " + ref, e);
                }
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), clock.getZone());
    }
}
