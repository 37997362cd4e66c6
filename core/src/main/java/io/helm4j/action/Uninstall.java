package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.HookEvent;
import io.helm4j.release.KindOrder;
import io.helm4j.release.Manifest;
import io.helm4j.release.ManifestSorter;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.ReleaseNotFoundException;
import io.helm4j.storage.Storage;
import io.helm4j.storage.StorageException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code helm uninstall}: the last revision marked uninstalling, the pre-delete hooks, the release's
 * objects deleted in Helm's uninstall order (but those annotated {@code helm.sh/resource-policy: keep}),
 * the post-delete hooks, then the records deleted (or, with {@code keepHistory}, the last one marked
 * uninstalled).
 */
public final class Uninstall {
    private final ActionContext context;

    public Uninstall(ActionContext context) {
        this.context = context;
    }

    public UninstallResult run(UninstallOptions o) {
        KubeClient kube = context.kube();
        String ns = !o.namespace().isEmpty() ? o.namespace() : kube.namespace();
        Storage storage = context.storage(ns);
        if (o.dryRun()) {
            return dryRun(kube, storage, o);
        }
        List<Release> history;
        try {
            history = Reachability.first(context, () -> storage.history(o.name()));
        } catch (ReleaseNotFoundException e) {
            history = List.of();
        }
        if (history.isEmpty()) {
            if (o.ignoreNotFound()) {
                return new UninstallResult(null, List.of());
            }
            throw new Helm4jException("uninstall: Release not loaded: " + o.name() + ": release: not found");
        }
        Release rel = history.stream().max(Comparator.comparingInt(Release::version)).orElseThrow();
        if (rel.status() == ReleaseStatus.UNINSTALLED) {
            if (!o.keepHistory()) {
                purge(storage, history);
                return new UninstallResult(rel, List.of());
            }
            throw new Helm4jException("the release named \"" + o.name() + "\" is already deleted");
        }
        rel = rel.withStatus(ReleaseStatus.UNINSTALLING, "Deletion in progress (or silently failed)");
        storage.update(rel);
        Waiter waiter = Waiter.of(context, kube, o.waitStrategy(), o.timeout());
        HookRunner hooks = new HookRunner(kube, context.clock(), waiter, ns, true, context.events()); // Helm 4: always server-side
        if (!o.disableHooks()) {
            rel = hooks.run(rel, HookEvent.PRE_DELETE, storage);
        }
        List<ResourceRef> deleted = new ArrayList<>();
        Left left = deleteResources(kube, rel, ns, o, deleted);
        List<String> errors = new ArrayList<>();
        try {
            waiter.waitForDelete(deleted);
        } catch (WaitException e) {
            errors.add(e.getMessage());
        }
        if (!o.disableHooks()) {
            try {
                rel = hooks.run(rel, HookEvent.POST_DELETE, storage);
            } catch (HookFailedException e) {
                rel = rel.withHooks(e.hooks());
                errors.add(e.getMessage());
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(context.clock().instant(), context.clock().getZone());
        rel = rel.withInfo(rel.info().withDeleted(now)).withStatus(ReleaseStatus.UNINSTALLED,
                o.description().isEmpty() ? "Uninstallation complete" : o.description());
        if (o.keepHistory()) {
            storage.update(rel);
        } else {
            purge(storage, history);
        }
        if (!errors.isEmpty()) {
            throw new Helm4jException("uninstallation completed with " + errors.size() + " error(s): "
                    + String.join("; ", errors));
        }
        return new UninstallResult(rel, left.kept(), left.unowned(), left.unverifiable());
    }

    /**
     * Helm 4.3.2's {@code uninstall --dry-run}: the release's last revision (none, with {@code ignoreNotFound}, when it
     * does not exist), its objects but those kept by policy read to say, as warnings, which would be skipped (another
     * owner's, or unreadable); nothing is changed. The result's info names only the kept ones, as Helm's.
     */
    private UninstallResult dryRun(KubeClient kube, Storage storage, UninstallOptions o) {
        if (!ReleaseNames.valid(o.name())) {
            throw new Helm4jException("releaseContent: Release name is invalid: " + o.name());
        }
        Release rel;
        try {
            rel = Reachability.first(context, () -> storage.last(o.name()));
        } catch (ReleaseNotFoundException e) {
            if (o.ignoreNotFound()) {
                return new UninstallResult(null, List.of());
            }
            throw e;
        }
        List<String> kept = new ArrayList<>();
        List<Resource> objects = new ArrayList<>();
        for (Manifest m : ManifestSorter.sort(Map.of("manifest.yaml", rel.manifest()), KindOrder.UNINSTALL).manifests()) {
            Map<String, String> annotations = m.head().annotations();
            if (annotations != null && "keep".equals(annotations.get("helm.sh/resource-policy"))) {
                kept.add("[" + m.head().kind() + "] " + m.head().name());
            } else {
                Release of = rel;
                kube.build(m.content()).forEach(r -> objects.add(placed(kube, r, of.namespace())));
            }
        }
        List<List<String>> unowned = new ArrayList<>();
        List<List<String>> unverifiable = new ArrayList<>();
        LiveObjects live = new LiveObjects(kube, objects);
        for (KindBatches.Outcome<java.util.Optional<Resource>> read : KindBatches.all(objects, live::get)) {
            Resource r = read.resource();
            List<String> about = List.of("kind", r.kind(), "name", r.name(), "namespace", r.namespace());
            if (read.failed()) {
                List<String> attrs = new ArrayList<>(about);
                attrs.addAll(List.of("error", read.error().getMessage()));
                unverifiable.add(attrs);
            } else if (read.value().isPresent()
                    && Ownership.problem(read.value().get(), rel.name(), rel.namespace()) != null) {
                unowned.add(about);
            }
        }
        dryRunWarnings(rel, unowned, "not owned by this release", "dry-run: would skip resource");
        dryRunWarnings(rel, unverifiable, "their ownership could not be verified",
                "dry-run: would skip resource (ownership could not be verified)");
        return new UninstallResult(rel, kept);
    }

    private void dryRunWarnings(Release rel, List<List<String>> objects, String why, String each) {
        if (objects.isEmpty()) {
            return;
        }
        context.events().emit(new Event.Log("WARN", "dry-run: resources would be skipped because they are " + why,
                List.of("release", rel.name(), "count", Integer.toString(objects.size()))));
        objects.forEach(attrs -> context.events().emit(new Event.Log("WARN", each, attrs)));
    }

    /** Where {@link #deleteResources} puts what it leaves: Helm's lines for each reason. */
    private record Left(List<String> kept, List<String> unowned, List<String> unverifiable) {
        Left() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * Deletes the release's objects but those kept by policy, and, as Helm 4.3.2's {@code verifyOwnershipBeforeDelete},
     * those another owner has or whose ownership cannot be read (each read first; one gone already is left alone),
     * logging a warning for each as Helm does; {@code deleted} receives those deleted.
     */
    private Left deleteResources(KubeClient kube, Release rel, String ns, UninstallOptions o,
            List<ResourceRef> deleted) {
        Left left = new Left();
        List<Manifest> manifests = ManifestSorter.sort(Map.of("manifest.yaml", rel.manifest()), KindOrder.UNINSTALL)
                .manifests();
        DeleteOptions delete = new DeleteOptions(o.cascade(), false);
        List<Resource> toDelete = new ArrayList<>();
        for (Manifest m : manifests) {
            Map<String, String> annotations = m.head().annotations();
            if (annotations != null && "keep".equals(annotations.get("helm.sh/resource-policy"))) {
                left.kept().add("[" + m.head().kind() + "] " + m.head().name());
                continue;
            }
            for (Resource r : kube.build(m.content())) {
                toDelete.add(placed(kube, r, ns));
            }
        }
        List<Resource> owned = owned(kube, toDelete, rel, left);
        // Helm's Client.Delete: the objects of one kind at once, kind after kind in uninstall order
        List<KindBatches.Outcome<Boolean>> outcomes = KindBatches.run(owned, r -> kube.delete(r.ref(), delete));
        for (KindBatches.Outcome<Boolean> d : outcomes) {
            if (!d.failed() && d.value()) {
                deleted.add(d.resource().ref());
            }
        }
        KindBatches.throwFailures(outcomes);
        return left;
    }

    /** {@code r} in namespace {@code ns} when its kind is namespaced and it names none. */
    private static Resource placed(KubeClient kube, Resource r, String ns) {
        return kube.mapping(r.gvk()).namespaced() && r.namespace().isEmpty() ? r.withNamespace(ns) : r;
    }

    /** The objects that exist and are the release's; the others reported into {@code left} and logged. */
    private List<Resource> owned(KubeClient kube, List<Resource> objects, Release rel, Left left) {
        List<Resource> owned = new ArrayList<>();
        LiveObjects live = new LiveObjects(kube, objects);
        for (KindBatches.Outcome<java.util.Optional<Resource>> read : KindBatches.all(objects, live::get)) {
            Resource r = read.resource();
            List<String> about = List.of("kind", r.kind(), "name", r.name(), "namespace", r.namespace(),
                    "release", rel.name());
            if (read.failed()) {
                left.unverifiable().add("[" + r.kind() + "] " + r.name() + ": " + read.error().getMessage());
                List<String> attrs = new ArrayList<>(about);
                attrs.addAll(List.of("error", read.error().getMessage()));
                context.events().emit(new Event.Log("WARN",
                        "skipping delete of resource because ownership could not be verified", attrs));
            } else if (read.value().isPresent()) {
                if (Ownership.problem(read.value().get(), rel.name(), rel.namespace()) == null) {
                    owned.add(r);
                } else {
                    left.unowned().add("[" + r.kind() + "] " + r.name());
                    context.events().emit(new Event.Log("WARN", "skipping delete of resource not owned by this release",
                            about));
                }
            }
        }
        return owned;
    }

    private static void purge(Storage storage, List<Release> history) {
        for (Release r : history) {
            try {
                storage.delete(r.name(), r.version());
            } catch (StorageException e) {
                // already gone
            }
        }
    }
}
