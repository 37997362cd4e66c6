package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.Resource;

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
    static ObjectUpdater serverSide(KubeClient kube, boolean forceConflicts, boolean dryRun) {
        return new ObjectUpdater() {
            @Override
            public void create(Resource target) {
                apply(target);
            }

            @Override
            public void update(Resource original, Resource live, Resource target) {
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

    /** {@code ns/name group/version, Kind=Kind}, as Helm names an object in these errors. */
    static String describe(Resource r) {
        return r.namespace() + "/" + r.name() + " " + r.gvk();
    }
}
