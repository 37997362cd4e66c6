package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.ClusterUnreachableException;
import io.helm4j.kube.KubeException;
import java.util.function.Supplier;

/**
 * Helm's {@code IsReachable} (a {@code GET /version} before list, status, history, get, uninstall and install read
 * anything), asked only when the action's first request fails for the cluster's sake (a {@link KubeException} other
 * than not-found among its causes): an unreachable cluster then fails with Helm's words, any other failure is the
 * request's own. A command that succeeds sends one request less than Helm's; one whose storage is not the cluster
 * (the memory or SQL driver) never asks.
 */
final class Reachability {
    private Reachability() {
    }

    static <T> T first(ActionContext context, Supplier<T> request) {
        try {
            return request.get();
        } catch (Helm4jException e) {
            if (!fromCluster(e)) {
                throw e;
            }
            try {
                context.kube().checkReachable();
            } catch (ClusterUnreachableException u) {
                u.addSuppressed(e);
                throw u;
            }
            throw e;
        }
    }

    /**
     * As {@link #first}, worded as Helm's install words its check: {@code cluster reachability check failed: kubernetes
     * cluster unreachable: ...}, also logged at ERROR. Helm's name check ignores the storage's errors, so install's
     * first request that can fail is the capabilities' {@code /version}.
     */
    static <T> T firstOfInstall(ActionContext context, Supplier<T> request) {
        try {
            return first(context, request);
        } catch (ClusterUnreachableException e) {
            String msg = "cluster reachability check failed: " + e.getMessage();
            context.events().emit(new io.helm4j.events.Event.Log("ERROR", msg));
            throw new Helm4jException(msg, e);
        }
    }

    private static boolean fromCluster(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KubeException k && !k.isNotFound()) {
                return true;
            }
        }
        return false;
    }
}
