package io.helm4j.diff;

import io.helm4j.Helm4jException;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Compares a release's objects with what it applied. What the release applied is what the API server
 * answers to a forced server-side dry-run apply of the release's manifest under the manager {@code helm}
 * over the live object: the release's own values, with the same defaults and admission as the live object,
 * and nothing of the fields other managers own that the release never set. A field where that answer and
 * the live object differ drifted; who changed it comes from the live object's managedFields.
 */
public final class DriftDetector {
    private static final int PARALLEL = 8;

    private DriftDetector() {
    }

    /**
     * @param applied the release's objects as it applies them (namespaces and ownership metadata set)
     * @param orphans live objects with the release's ownership metadata that it no longer lists
     * @param rules the fields to ignore (built in and the user's)
     */
    public static DriftReport detect(KubeClient kube, String release, String namespace, int revision,
            List<Resource> applied, List<Resource> orphans, List<DriftRule> rules, boolean showSecrets) {
        List<ObjectDrift> out = new ArrayList<>(parallel(applied, t -> one(kube, t, rules, showSecrets)));
        orphans.forEach(o -> out.add(new ObjectDrift(o.ref(), DriftState.ORPHANED, List.of(), List.of())));
        return new DriftReport(release, namespace, revision, out);
    }

    private static ObjectDrift one(KubeClient kube, Resource t, List<DriftRule> rules, boolean showSecrets) {
        Optional<Resource> live = kube.get(t.ref());
        if (live.isEmpty()) {
            return new ObjectDrift(t.ref(), DriftState.DELETED, List.of(), List.of());
        }
        Resource desired = kube.apply(t, ApplyOptions.helm().withForce(true).withDryRun(true));
        Map<String, Object> a = Normalizer.normalize(desired);
        Map<String, Object> l = Normalizer.normalize(live.get());
        boolean secret = Normalizer.isSecret(t);
        List<ManagedFields.Entry> owners = ManagedFields.of(live.get());
        List<DriftRule> objectRules = new ArrayList<>(rules);
        objectRules.addAll(DriftRules.ofAnnotation(t));
        List<FieldDrift> fields = new ArrayList<>();
        List<FieldDrift> ignored = new ArrayList<>();
        for (FieldChange c : FieldPaths.diff(a, l)) {
            List<String> who = ManagedFields.owners(owners, c.path(), "helm").stream().map(ManagedFields.Entry::who)
                    .toList();
            String rule = ignoredBy(objectRules, t, c.path());
            boolean mask = secret && !showSecrets && (c.path().startsWith(".data") || c.path().startsWith(".stringData"));
            FieldDrift d = new FieldDrift(c.path(), mask ? SecretMask.OLD : c.before(),
                    mask ? SecretMask.CHANGED : c.after(), who, rule);
            (rule == null ? fields : ignored).add(d);
        }
        return new ObjectDrift(t.ref(), fields.isEmpty() ? DriftState.IN_SYNC : DriftState.DRIFTED, fields, ignored);
    }

    private static String ignoredBy(List<DriftRule> rules, Resource t, String path) {
        for (DriftRule r : rules) {
            if (r.applies(t.kind(), t.name()) && r.matcher().test(path)) {
                return r.reason();
            }
        }
        return null;
    }

    /**
     * The object to apply to take the drifted fields back: the release's object, with every ignored field
     * as it is live (so correcting never fights an HPA or a CA injector).
     */
    @SuppressWarnings("unchecked")
    public static Resource correction(Resource target, Optional<Resource> live, List<DriftRule> rules) {
        if (live.isEmpty()) {
            return target;
        }
        List<DriftRule> all = new ArrayList<>(rules);
        all.addAll(DriftRules.ofAnnotation(target));
        List<Predicate<String>> keep = all.stream().filter(r -> r.applies(target.kind(), target.name()))
                .map(DriftRule::matcher).toList();
        if (keep.isEmpty()) {
            return target;
        }
        Predicate<String> any = p -> keep.stream().anyMatch(k -> k.test(p));
        Map<String, Object> liveObject = Normalizer.normalize(live.get());
        return new Resource((Map<String, Object>) FieldPaths.overlay("", target.object(), liveObject, any));
    }

    static <T, R> List<R> parallel(List<T> items, java.util.function.Function<T, R> f) {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
            List<Future<R>> futures = items.stream().map(i -> pool.submit(() -> f.apply(i))).toList();
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new Helm4jException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("interrupted", e);
        }
    }

    /** A reference as reports name it: {@code Deployment/web}. */
    static String name(ResourceRef r) {
        return r.gvk().kind() + "/" + r.name();
    }
}
