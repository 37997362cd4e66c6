package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.internal.patch.PatchSchema;
import io.helm4j.internal.patch.StrategicMergePatch;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.JsonMergePatch;
import io.helm4j.kube.KubeJson;
import io.helm4j.kube.PatchType;
import io.helm4j.kube.Resource;
import io.helm4j.kube.WriteOptions;
import java.util.Map;
import java.util.Optional;

/**
 * How an upgrade or rollback writes one object (Helm's create and update apply functions): server-side
 * apply by the field manager {@code helm}, or, for releases applied client-side, create and a three-way
 * patch, or create and replace ({@code --force-replace}).
 */
interface ObjectUpdater {
    /** Writes an object that does not exist yet. */
    void create(Resource target);

    /**
     * Moves an existing object to {@code target}: {@code original} is what the previous revision applied
     * (or the live object when the previous revision did not have it), {@code live} what the server has.
     */
    void update(Resource original, Resource live, Resource target);

    /** Helm's {@code ClientUpdateOptionServerSideApply}: every write a server-side apply. */
    static ObjectUpdater serverSide(KubeClient kube, boolean forceConflicts, boolean dryRun,
            boolean upgradeClientSideManager) {
        return new ObjectUpdater() {
            @Override
            public void create(Resource target) {
                apply(target);
            }

            @Override
            public void update(Resource original, Resource live, Resource target) {
                if (upgradeClientSideManager) {
                    ManagedFieldsUpgrade.run(kube, live, dryRun);
                }
                apply(target);
            }

            private void apply(Resource target) {
                try {
                    kube.apply(target, ApplyOptions.helm().withForce(forceConflicts).withDryRun(dryRun));
                } catch (KubeConflictException e) {
                    throw new Helm4jException("conflict occurred while applying object " + describe(target) + ": "
                            + e.getMessage(), e);
                } catch (Helm4jException e) {
                    throw new Helm4jException("server-side apply failed for object " + describe(target) + ": "
                            + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Helm's client-side path ({@code patchResourceClientSide}): objects created with a POST, updated with a
     * patch by the field manager {@code helm}: for built-in kinds the three-way strategic merge patch from the
     * last applied object, the wanted one and the live one (lists merged by their keys, so a container or an env
     * entry that someone else added stays), for custom resources the two-way JSON merge patch from the last
     * applied object to the wanted one (Helm's default for upgrade and rollback). No request when nothing changes.
     */
    static ObjectUpdater clientSide(KubeClient kube) {
        return clientSide(kube, false);
    }

    /**
     * {@link #clientSide(KubeClient)}, custom resources patched by the three-way JSON merge patch when
     * {@code threeWayForUnstructured} (Helm's install taking ownership client-side), with its checks: apiVersion,
     * kind and name unchanged, no conflict between the additions and the deletions.
     */
    static ObjectUpdater clientSide(KubeClient kube, boolean threeWayForUnstructured) {
        return new ObjectUpdater() {
            @Override
            public void create(Resource target) {
                kube.create(target, WriteOptions.clientSide());
            }

            @Override
            public void update(Resource original, Resource live, Resource target) {
                Optional<PatchSchema> schema = PatchSchema.forKind(target.gvk().group(),
                        target.gvk().version(), target.gvk().kind());
                Map<String, Object> patch;
                try {
                    patch = schema.isPresent()
                            ? StrategicMergePatch.threeWay(original.object(), target.object(), live.object(),
                                    schema.get())
                            : threeWayForUnstructured ? JsonMergePatch.threeWay(original.object(), target.object(), live.object())
                            : JsonMergePatch.diff(original.object(), target.object());
                } catch (Helm4jException e) {
                    throw new Helm4jException("failed to create patch: " + e.getMessage(), e);
                }
                if (patch.isEmpty()) {
                    return;
                }
                try {
                    kube.patch(target.ref(), schema.isPresent() ? PatchType.STRATEGIC : PatchType.MERGE,
                            KubeJson.write(patch), WriteOptions.clientSide());
                } catch (Helm4jException e) {
                    throw new Helm4jException("cannot patch " + Ownership.q(target.name()) + " with kind "
                            + target.kind() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** Helm's {@code --force-replace}: objects created, or replaced whole (a PUT at the live resource version). */
    static ObjectUpdater replacing(KubeClient kube) {
        return new ObjectUpdater() {
            @Override
            public void create(Resource target) {
                kube.create(target, WriteOptions.clientSide());
            }

            @Override
            public void update(Resource original, Resource live, Resource target) {
                try {
                    kube.replace(target.withMetadata("resourceVersion", live.resourceVersion()), WriteOptions.helm());
                } catch (Helm4jException e) {
                    throw new Helm4jException("failed to replace object: " + e.getMessage(), e);
                }
            }
        };
    }

    /** {@code ns/name group/version, Kind=Kind}, as Helm names an object in these errors. */
    static String describe(Resource r) {
        return r.namespace() + "/" + r.name() + " " + r.gvk();
    }
}
