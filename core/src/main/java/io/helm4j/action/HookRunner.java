package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.HookEvent;
import io.helm4j.release.HookExecution;
import io.helm4j.release.HookPhase;
import io.helm4j.release.ReleaseHook;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the hooks of one event as Helm's {@code execHook}: by weight, then name; each one first deleted
 * if its policy says {@code before-hook-creation} (the default when it names none), applied
 * server-side by the field manager {@code helm}, and waited for (a Job until complete, a Pod until
 * succeeded); its last run recorded; deleted on {@code hook-succeeded} or {@code hook-failed}.
 */
final class HookRunner {
    private final KubeClient kube;
    private final Clock clock;
    private final Duration timeout;
    private final Waiter waiter;

    private final String namespace;

    /**
     * Hooks waited for by {@code waiter} (its timeout bounds each hook and each deletion); a namespaced
     * hook that names no namespace goes to the release's {@code namespace}.
     */
    HookRunner(KubeClient kube, Clock clock, Waiter waiter, String namespace) {
        this.kube = kube;
        this.clock = clock;
        this.timeout = waiter.timeout();
        this.waiter = waiter;
        this.namespace = namespace;
    }

    private Resource object(ReleaseHook h) {
        Resource r = kube.build(h.hook().manifest()).getFirst();
        return r.namespace().isEmpty() && kube.mapping(r.gvk()).namespaced() ? r.withNamespace(namespace) : r;
    }

    /** Runs the event's hooks; returns every hook of the release with the last runs updated. */
    List<ReleaseHook> run(List<ReleaseHook> hooks, HookEvent event) {
        Run run = runDeferred(hooks, event);
        run.cleanup().run();
        return run.hooks();
    }

    /** The hooks after a run, and the deletion of those whose policy is {@code hook-succeeded}, not yet done. */
    record Run(List<ReleaseHook> hooks, Runnable cleanup) {
    }

    /**
     * Helm's {@code execHookWithDelayedShutdown}: runs the event's hooks and leaves their
     * {@code hook-succeeded} deletion to the caller ({@code helm test --logs} reads the pods' logs
     * first). A failure ({@link HookFailedException}) deletes at once the failed hook if its policy
     * says {@code hook-failed} and the hooks that succeeded before it if theirs says {@code hook-succeeded}.
     */
    Run runDeferred(List<ReleaseHook> hooks, HookEvent event) {
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
            ReleaseHook h = all.get(i);
            Resource resource = object(h);
            OffsetDateTime started = now();
            if (policies(h).contains("before-hook-creation")) {
                delete(resource.ref());
            }
            kube.apply(resource, ApplyOptions.helm().withForce(true));
            try {
                waiter.waitForHook(resource.ref());
            } catch (WaitException e) {
                all.set(i, h.withLastRun(new HookExecution(started, now(), HookPhase.FAILED)));
                if (policies(h).contains("hook-failed")) {
                    delete(resource.ref());
                }
                deleteSucceeded(all, executing.subList(0, n));
                throw new HookFailedException(e.getMessage(), e, List.copyOf(all));
            }
            all.set(i, h.withLastRun(new HookExecution(started, now(), HookPhase.SUCCEEDED)));
        }
        List<ReleaseHook> done = List.copyOf(all);
        return new Run(done, () -> deleteSucceeded(done, executing));
    }

    private void deleteSucceeded(List<ReleaseHook> all, List<Integer> which) {
        for (int i : which) {
            ReleaseHook h = all.get(i);
            if (policies(h).contains("hook-succeeded")) {
                delete(object(h).ref());
            }
        }
    }

    private static List<String> policies(ReleaseHook h) {
        List<String> p = h.hook().deletePolicies();
        return p == null || p.isEmpty() ? List.of("before-hook-creation") : p;
    }

    private void delete(ResourceRef ref) {
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
