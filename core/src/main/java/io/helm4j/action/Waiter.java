package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.status.HookRules;
import io.helm4j.kube.status.KStatus;
import io.helm4j.kube.status.LegacyRules;
import io.helm4j.kube.status.PodDiagnosis;
import io.helm4j.kube.status.ResourceStatus;
import io.helm4j.kube.status.Status;
import io.helm4j.kube.status.StatusResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one waiter install, upgrade, rollback, uninstall and test call (Helm 4's {@code kube.Waiter}
 * for a {@link WaitStrategy}): {@link #waitReady} for the release's resources ({@code Wait} and
 * {@code WaitWithJobs}; nothing under {@code hookOnly}), {@link #waitForHook} for a hook
 * ({@code WatchUntilReady}: a Job until complete, a Pod until succeeded), {@link #waitForDelete}.
 *
 * <p>It polls the objects not yet ready (a kind with {@link LiveObjects#LIST_FROM} or more of them in a namespace by one
 * list per round, the others by GET), computes their status with kstatus ({@code watcher}) or
 * Helm 3's checks ({@code legacy}), emits an {@link Event.WaitProgress} whenever what it waits for
 * changes, stops waiting for an object that {@code Failed} (it needs a person), and ends with a
 * {@link WaitException} naming each object not ready and why, with its pods' reasons
 * ({@code CrashLoopBackOff}, {@code ImagePullBackOff}, {@code Unschedulable}, a container's exit code).
 */
final class Waiter {
    /** Helm's {@code DefaultStatusWatcherTimeout}, used when the timeout is zero. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> POD_OWNERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");
    private static final GroupVersionKind POD = GroupVersionKind.of("v1", "Pod");

    private final KubeClient kube;
    private final Clock clock;
    private final EventSink events;
    private final WaitStrategy strategy;
    private final Duration timeout;
    private final Duration poll;

    Waiter(KubeClient kube, Clock clock, EventSink events, WaitStrategy strategy, Duration timeout) {
        this(kube, clock, events, strategy, timeout, Duration.ofMillis(500));
    }

    Waiter(KubeClient kube, Clock clock, EventSink events, WaitStrategy strategy, Duration timeout, Duration poll) {
        this.kube = kube;
        this.clock = clock;
        this.events = events;
        this.strategy = strategy;
        this.timeout = timeout == null || timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
        this.poll = poll;
    }

    /** The waiter of an action: the context's clock and events, the action's kube client, strategy and timeout. */
    static Waiter of(ActionContext context, KubeClient kube, WaitStrategy strategy, Duration timeout) {
        return new Waiter(kube, context.clock(), context.events(), strategy, timeout);
    }

    WaitStrategy strategy() {
        return strategy;
    }

    Duration timeout() {
        return timeout;
    }

    /** The same waiter with another timeout (Helm waits 60 s for CRDs). */
    Waiter withTimeout(Duration other) {
        return new Waiter(kube, clock, events, strategy, other, poll);
    }

    /** The same waiter with another strategy. */
    Waiter withStrategy(WaitStrategy other) {
        return new Waiter(kube, clock, events, other, timeout, poll);
    }

    /** Helm's {@code Wait} ({@code withJobs}: {@code WaitWithJobs}): every resource ready, or a {@link WaitException}. */
    void waitReady(List<Resource> resources, boolean withJobs) {
        if (strategy == WaitStrategy.HOOK_ONLY) {
            return;
        }
        List<ResourceRef> refs = resources.stream()
                .filter(r -> !(r.kind().equals("Deployment") && Boolean.TRUE.equals(r.at("spec", "paused"))))
                .map(Resource::ref).toList();
        Function<Resource, StatusResult> rule = strategy == WaitStrategy.LEGACY
                ? r -> LegacyRules.ready(r, withJobs)
                : r -> withJobs && r.kind().equals("Job") && r.gvk().group().equals("batch")
                        ? HookRules.job(r) : KStatus.compute(r, clock.instant());
        await("resources", refs, rule, false);
    }

    /** Helm's {@code WatchUntilReady} for one hook object; a {@link WaitException} when it fails or time runs out. */
    void waitForHook(ResourceRef ref) {
        await("hooks", List.of(ref), HookRules::hook, false);
    }

    /** Helm's {@code WaitForDelete}: every object gone, or a {@link WaitException} naming what still exists. */
    void waitForDelete(List<ResourceRef> refs) {
        if (strategy == WaitStrategy.HOOK_ONLY) {
            return;
        }
        await("deletion", refs, r -> KStatus.compute(r, clock.instant()), true);
    }

    private void await(String what, List<ResourceRef> refs, Function<Resource, StatusResult> rule, boolean deletion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<ResourceRef, ResourceStatus> pending = new LinkedHashMap<>();
        refs.forEach(ref -> pending.put(ref, null));
        List<ResourceStatus> failed = new ArrayList<>();
        String lastShown = null;
        while (true) {
            // the objects still awaited are read at once, a kind with many objects in one namespace by one list per
            // round (Helm's watcher lists and watches them per kind)
            List<ResourceRef> awaited = List.copyOf(pending.keySet());
            LiveObjects live = LiveObjects.of(kube, awaited);
            List<ResourceStatus> read = KindBatches.each(awaited, ref -> read(live, ref, rule, deletion));
            for (int i = 0; i < awaited.size(); i++) {
                ResourceRef ref = awaited.get(i);
                ResourceStatus s = read.get(i);
                Status st = s.result().status();
                if (deletion ? st == Status.NOT_FOUND : st == Status.CURRENT) {
                    pending.remove(ref);
                } else if (!deletion && st == Status.FAILED) {
                    pending.remove(ref);
                    failed.add(s);
                } else {
                    pending.put(ref, s);
                }
            }
            List<ResourceStatus> open = new ArrayList<>(failed);
            open.addAll(pending.values());
            boolean finished = pending.isEmpty();
            boolean late = !finished && System.nanoTime() > deadline;
            String shown = progress(open).toString();
            if (!shown.equals(lastShown) || finished || late) {
                events.emit(new Event.WaitProgress(what, refs.size(), progress(open), finished || late));
                lastShown = shown;
            }
            if (finished && failed.isEmpty()) {
                return;
            }
            if (finished || late) {
                throw failure(open, late, deletion);
            }
            sleep();
        }
    }

    private WaitException failure(List<ResourceStatus> open, boolean late, boolean deletion) {
        List<String> lines = new ArrayList<>();
        for (ResourceStatus s : open) {
            lines.add(deletion ? "resource " + s.ref().gvk().kind() + "/" + s.ref().namespace() + "/" + s.ref().name()
                    + " still exists. status: " + s.result().status().text() + ", message: " + s.result().message()
                    : s.describe("not ready"));
        }
        if (late) {
            lines.add("context deadline exceeded");
        }
        return new WaitException(String.join("\n", lines), open, late);
    }

    private ResourceStatus read(LiveObjects objects, ResourceRef ref, Function<Resource, StatusResult> rule,
            boolean deletion) {
        Optional<Resource> live = objects.get(ref);
        if (live.isEmpty()) {
            return new ResourceStatus(ref, new StatusResult(Status.NOT_FOUND, "NotFound", "Resource not found"), List.of());
        }
        StatusResult result = rule.apply(live.get());
        if (deletion || result.status() == Status.CURRENT) {
            return new ResourceStatus(ref, result, List.of());
        }
        return new ResourceStatus(ref, result, pods(live.get()));
    }

    /** Why the pods of a not-ready object are not ready (at most three of them). */
    private List<String> pods(Resource r) {
        List<Resource> pods;
        if (r.kind().equals("Pod") && r.gvk().group().isEmpty()) {
            pods = List.of(r);
        } else if (POD_OWNERS.contains(r.kind()) && PodDiagnosis.podSelector(r) != null) {
            try {
                pods = kube.list(POD, r.namespace(), PodDiagnosis.podSelector(r));
            } catch (Helm4jException e) {
                return List.of();
            }
        } else {
            return List.of();
        }
        return pods.stream().map(PodDiagnosis::describe).filter(d -> !d.isEmpty()).sorted().limit(3).toList();
    }

    private static List<Event.WaitProgress.Pending> progress(List<ResourceStatus> open) {
        return open.stream().map(s -> new Event.WaitProgress.Pending(s.ref().gvk().kind(), s.ref().namespace(),
                s.ref().name(), s.result().status().text(),
                s.pods().isEmpty() ? s.result().message() : s.result().message() + " (" + String.join("; ", s.pods()) + ")"))
                .toList();
    }

    private void sleep() {
        try {
            Thread.sleep(poll);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("interrupted while waiting", e);
        }
    }
}
