package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.KubeClient;

/** Which {@link ObjectUpdater} an upgrade or rollback uses, with Helm's checks of the combination. */
final class Updaters {
    private Updaters() {
    }

    /**
     * Helm's {@code Client.Update} options: server-side apply (forcing conflicts when asked), or for a
     * client-side release a patch, or a replacement with {@code forceReplace}.
     */
    static ObjectUpdater of(KubeClient kube, boolean serverSide, boolean forceReplace, boolean forceConflicts,
            boolean upgradeClientSideManager) {
        check(serverSide, forceReplace, forceConflicts);
        if (serverSide) {
            return ObjectUpdater.serverSide(kube, forceConflicts, false, upgradeClientSideManager);
        }
        return forceReplace ? ObjectUpdater.replacing(kube) : ObjectUpdater.clientSide(kube);
    }

    /**
     * Helm's checks of the combination, made before anything is recorded or applied (Helm makes them when it
     * updates the objects, after recording the new revision and running the pre-hooks).
     */
    static void check(boolean serverSide, boolean forceReplace, boolean forceConflicts) {
        if (forceConflicts && forceReplace) {
            throw new Helm4jException("invalid operation: cannot use force conflicts and force replace together");
        }
        if (serverSide && forceReplace) {
            throw new Helm4jException("invalid operation: cannot use server-side apply and force replace together");
        }
    }
}
