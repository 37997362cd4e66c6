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
            for (String version : List.of("v1", "v1beta1", "v1alpha1")) {
                if (!served.contains(GROUP + "/" + version)) {
                    continue;
                }
                for (String kind : KINDS) {
                    try {
                        if (!kube.list(new GroupVersionKind(GROUP, version, kind), "", "").isEmpty()) {
                            return false;
                        }
                    } catch (NoKindMatchException e) {
                        // not served at this version
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
