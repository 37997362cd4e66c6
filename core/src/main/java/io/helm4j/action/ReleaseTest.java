package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.HookEvent;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseHook;
import io.helm4j.storage.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code helm test} (Helm's {@code ReleaseTesting}): the last revision's {@code test} hooks, filtered
 * by name, run as hooks are (by weight, each waited for until its Job completes or its Pod succeeds),
 * the release recorded again with the tests' last runs (the skipped hooks first, as Helm orders them),
 * the test pods' logs read if asked, and only then the {@code hook-succeeded} deletions.
 */
public final class ReleaseTest {
    private static final GroupVersionKind POD = GroupVersionKind.of("v1", "Pod");
    private final ActionContext context;

    public ReleaseTest(ActionContext context) {
        this.context = context;
    }

    public ReleaseTestResult run(ReleaseTestOptions o) {
        KubeClient kube = context.kube();
        kube.checkReachable();
        try {
            ReleaseNames.validate(o.name());
        } catch (Helm4jException e) {
            throw new Helm4jException("releaseTest: Release name is invalid: " + o.name());
        }
        String ns = !o.namespace().isEmpty() ? o.namespace() : kube.namespace();
        Storage storage = context.storage(ns);
        Release rel = storage.last(o.name());
        List<ReleaseHook> skipped = new ArrayList<>();
        List<ReleaseHook> executing = new ArrayList<>();
        for (ReleaseHook h : rel.hooks()) {
            boolean run = !o.excludeNames().contains(h.hook().name())
                    && (o.includeNames().isEmpty() || o.includeNames().contains(h.hook().name()));
            (run ? executing : skipped).add(h);
        }
        Waiter waiter = Waiter.of(context, kube, WaitStrategy.WATCHER, o.timeout());
        HookRunner runner = new HookRunner(kube, context.clock(), waiter, ns,
                Release.APPLY_METHOD_SSA.equals(rel.applyMethod()), context.events());
        Helm4jException failure = null;
        Runnable cleanup = () -> { };
        try {
            // Helm records the release with the hooks it runs only (the skipped ones left out) as each one starts
            HookRunner.Run run = runner.runDeferred(executing, HookEvent.TEST,
                    running -> RecordWrites.record(storage, rel.withHooks(running), context.events()));
            executing = run.hooks();
            cleanup = run.cleanup();
        } catch (HookFailedException e) {
            executing = e.hooks();
            failure = e;
        }
        List<ReleaseHook> hooks = new ArrayList<>(skipped);
        hooks.addAll(executing);
        Release recorded = rel.withHooks(hooks);
        storage.update(recorded);
        List<ReleaseTestResult.PodLog> logs = new ArrayList<>();
        if (o.logs()) {
            List<String> errors = logs(kube, ns, recorded, o, logs);
            if (!errors.isEmpty()) {
                String joined = String.join("\n", errors);
                failure = new Helm4jException(failure == null ? joined : failure.getMessage() + "\n" + joined, failure);
            }
        }
        cleanup.run();
        return new ReleaseTestResult(recorded, logs, failure);
    }

    /** Helm's {@code GetPodLogs}: every container of every test Pod run, by weight; the errors, worded as Helm's. */
    private static List<String> logs(KubeClient kube, String ns, Release rel, ReleaseTestOptions o,
            List<ReleaseTestResult.PodLog> out) {
        List<String> errors = new ArrayList<>();
        List<ReleaseHook> byWeight = new ArrayList<>(rel.hooks());
        byWeight.sort(Comparator.comparingInt(h -> h.hook().weight()));
        for (ReleaseHook h : byWeight) {
            String name = h.hook().name();
            if (!h.hook().events().contains(HookEvent.TEST) || o.excludeNames().contains(name)
                    || !o.includeNames().isEmpty() && !o.includeNames().contains(name) || !h.hook().kind().equals("Pod")) {
                continue;
            }
            Resource pod;
            try {
                pod = kube.get(new ResourceRef(POD, ns, name))
                        .orElseThrow(() -> new io.helm4j.kube.KubeNotFoundException("pods \"" + name + "\" not found"));
            } catch (Helm4jException e) {
                errors.add("unable to get pod " + name + ": " + e.getMessage());
                return errors;
            }
            for (String container : containers(pod)) {
                try {
                    out.add(new ReleaseTestResult.PodLog(name, container, kube.podLogs(ns, name, container)));
                } catch (Helm4jException e) {
                    errors.add("unable to get logs for pod " + name + ", container " + container + ": " + e.getMessage());
                }
            }
            if (!errors.isEmpty()) {
                return errors; // Helm stops at the first pod whose logs it could not read
            }
        }
        return errors;
    }

    private static List<String> containers(Resource pod) {
        List<String> names = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            if (pod.at("spec", field) instanceof List<?> list) {
                for (Object c : list) {
                    if (c instanceof Map<?, ?> m && m.get("name") instanceof String n) {
                        names.add(n);
                    }
                }
            }
        }
        return names;
    }
}
