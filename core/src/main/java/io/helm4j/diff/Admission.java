package io.helm4j.diff;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.NoKindMatchException;
import java.util.List;

/**
 * Whether the cluster has any admission webhook or admission policy that could change or refuse a write: the
 * configurations of {@code admissionregistration.k8s.io} (webhooks and policies, at every version the server
 * serves) are listed; only a server that serves the group, lets them be listed and has none of them is free of
 * admission beyond its built-in plugins. Anything else (a list refused, the group unknown) counts as not free.
 */
final class Admission {
    private static final String GROUP = "admissionregistration.k8s.io";
    private static final List<String> KINDS = List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "MutatingAdmissionPolicy", "ValidatingAdmissionPolicy");

    private Admission() {
    }

    static boolean none(KubeClient kube) {
        try {
            List<String> served = kube.apiVersions();
            if (!served.contains(GROUP + "/v1")) {
                return false;
            }
            List<GroupVersionKind> kinds = new java.util.ArrayList<>();
            for (String version : List.of("v1", "v1beta1", "v1alpha1")) {
                if (served.contains(GROUP + "/" + version)) {
                    KINDS.forEach(k -> kinds.add(new GroupVersionKind(GROUP, version, k)));
                }
            }
            // every list at once, on a pool of its own bounded by their number (at most 12)
            try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    kinds.size(), Thread.ofVirtual().factory())) {
                List<java.util.concurrent.Future<Boolean>> empty = new java.util.ArrayList<>();
                for (GroupVersionKind k : kinds) {
                    empty.add(pool.submit(() -> {
                        try {
                            return kube.list(k, "", "").isEmpty();
                        } catch (NoKindMatchException e) {
                            return true; // not served at this version
                        }
                    }));
                }
                for (java.util.concurrent.Future<Boolean> f : empty) {
                    if (!f.get()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
