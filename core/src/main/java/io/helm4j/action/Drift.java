package io.helm4j.action;

import io.helm4j.diff.DriftDetector;
import io.helm4j.diff.DriftReport;
import io.helm4j.diff.DriftRule;
import io.helm4j.diff.DriftRules;
import io.helm4j.diff.DriftState;
import io.helm4j.diff.ObjectDrift;
import io.helm4j.events.Event;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Release;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.Storage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code helm4j drift RELEASE} and {@code status --drift} (beyond Helm): the release's objects compared with
 * what its revision applied ({@link DriftDetector}): the fields that differ and who changed them, objects
 * deleted by hand, and objects of the release's ownership metadata that it no longer lists (of the kinds its
 * revisions used). With {@code correct}, the drifted and deleted objects are re-applied server-side under
 * the manager {@code helm} with force (ignored fields left as they are live), and checked again.
 * Each finding and each correction is an {@link Event.Change} (never with a value).
 */
public final class Drift {
    private final ActionContext context;

    public Drift(ActionContext context) {
        this.context = context;
    }

    public DriftResult run(DriftOptions o) {
        KubeClient kube = context.kube();
        String ns = !o.namespace().isEmpty() ? o.namespace() : kube.namespace();
        Storage storage = context.storage(ns);
        Release release = release(storage, o);
        List<Resource> applied = ReleaseObjects.applied(kube, release.manifest(), release.name(), ns);
        List<DriftRule> rules = new ArrayList<>(o.builtInRules() ? DriftRules.builtIn(kube, ns) : List.of());
        if (release.chart() != null && release.chart().metadata() != null) {
            try {
                rules.addAll(DriftRules.ofChart(release.chart().metadata().annotations()));
            } catch (io.helm4j.UsageException e) {
                throw new io.helm4j.Helm4jException("chart " + release.chart().metadata().name() + " of release \""
                        + release.name() + "\": Chart.yaml annotation " + DriftRules.ANNOTATION + ": "
                        + e.getMessage(), e);
            }
        }
        rules.addAll(o.rules());
        List<Resource> orphans = o.findOrphans() ? orphans(kube, storage, release, applied, ns) : List.of();
        DriftReport report = DriftDetector.detect(kube, release.name(), ns, release.version(), applied, orphans,
                rules, o.showSecrets());
        for (ObjectDrift d : report.objects()) {
            if (d.state() != DriftState.IN_SYNC) {
                context.events().emit(new Event.Change(d.ref().toString(), d.state().name(), d.fields().size()));
            }
        }
        if (!o.correct() || !report.drifted()) {
            return new DriftResult(report, List.of(), null);
        }
        List<ResourceRef> corrected = correct(kube, report, applied, rules);
        DriftReport after = DriftDetector.detect(kube, release.name(), ns, release.version(), applied, orphans, rules,
                o.showSecrets());
        return new DriftResult(report, corrected, after);
    }

    private static Release release(Storage storage, DriftOptions o) {
        if (o.revision() > 0) {
            return storage.get(o.name(), o.revision());
        }
        try {
            return storage.deployed(o.name());
        } catch (NoDeployedReleasesException e) {
            return storage.last(o.name());
        }
    }

    private List<ResourceRef> correct(KubeClient kube, DriftReport report, List<Resource> applied, List<DriftRule> rules) {
        Map<ResourceRef, Resource> byRef = new LinkedHashMap<>();
        applied.forEach(r -> byRef.put(r.ref(), r));
        List<ResourceRef> out = new ArrayList<>();
        ApplyOptions force = ApplyOptions.helm().withForce(true);
        for (ObjectDrift d : report.objects()) {
            Resource target = byRef.get(d.ref());
            if (target == null || (d.state() != DriftState.DRIFTED && d.state() != DriftState.DELETED)) {
                continue;
            }
            kube.apply(DriftDetector.correction(target, kube.get(d.ref()), rules), force);
            context.events().emit(new Event.Change(d.ref().toString(), "CORRECTED", d.fields().size()));
            out.add(d.ref());
        }
        return out;
    }

    /** Live objects marked as the release's, of the kinds its revisions used, that the revision does not list. */
    private static List<Resource> orphans(KubeClient kube, Storage storage, Release release, List<Resource> applied,
            String ns) {
        Set<GroupVersionKind> kinds = new LinkedHashSet<>();
        for (Release r : storage.history(release.name())) {
            try {
                ReleaseObjects.placed(kube, r.manifest(), ns).forEach(x -> kinds.add(x.gvk()));
            } catch (RuntimeException e) {
                // an old revision with a kind the cluster no longer serves: nothing of it can be live
            }
        }
        Set<String> listed = new LinkedHashSet<>();
        applied.forEach(a -> listed.add(key(a.ref())));
        List<Resource> out = new ArrayList<>();
        for (GroupVersionKind gvk : kinds) {
            List<Resource> live;
            try {
                ResourceMapping m = kube.mapping(gvk);
                live = kube.list(gvk, m.namespaced() ? ns : "", Ownership.MANAGED_BY + "=Helm");
            } catch (KubeException e) {
                continue;
            }
            for (Resource r : live) {
                if (release.name().equals(r.annotations().get(Ownership.RELEASE_NAME))
                        && ns.equals(r.annotations().get(Ownership.RELEASE_NAMESPACE)) && !listed.contains(key(r.ref()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static String key(ResourceRef r) {
        return r.gvk().group() + "/" + r.gvk().kind() + "/" + r.namespace() + "/" + r.name();
    }
}
