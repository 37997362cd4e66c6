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
        if (forceConflicts && forceReplace) {
            throw new Helm4jException("invalid operation: cannot use force conflicts and force replace together");
        }
        if (serverSide && forceReplace) {
            throw new Helm4jException("invalid operation: cannot use server-side apply and force replace together");
        }
        if (serverSide) {
            return ObjectUpdater.serverSide(kube, forceConflicts, false);
        }
        throw new Helm4jException("the release records client-side apply, which helm4j cannot do yet: "
                + "run again with --server-side=true");
    }
}
