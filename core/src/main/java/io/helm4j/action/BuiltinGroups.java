package io.helm4j.action;

import io.helm4j.kube.GroupVersionKind;
import java.util.Set;

/**
 * Whether a kind is one of Kubernetes' built-in types, which Helm patches client-side with a three-way
 * merge, or a custom resource (and CustomResourceDefinitions, which Helm also treats as unstructured), which
 * it patches with a two-way JSON merge patch: the API groups client-go's scheme registers.
 */
final class BuiltinGroups {
    private static final Set<String> GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
            "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io", "admissionregistration.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io", "scheduling.k8s.io", "node.k8s.io", "certificates.k8s.io",
            "events.k8s.io", "flowcontrol.apiserver.k8s.io", "resource.k8s.io", "storagemigration.k8s.io",
            "internal.apiserver.k8s.io", "authentication.k8s.io", "authorization.k8s.io");

    private BuiltinGroups() {
    }

    static boolean isBuiltin(GroupVersionKind gvk) {
        return GROUPS.contains(gvk.group());
    }
}
