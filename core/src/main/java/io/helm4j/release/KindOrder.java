package io.helm4j.release;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order Helm 4 installs (and uninstalls) kinds in; unknown kinds come last, alphabetically. */
public final class KindOrder {
    public static final KindOrder INSTALL = new KindOrder(List.of("PriorityClass", "Namespace", "NetworkPolicy",
            "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret",
            "SecretList", "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
            "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
            "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service", "DaemonSet",
            "Pod", "ReplicationController", "ReplicaSet", "Deployment", "HorizontalPodAutoscaler", "StatefulSet",
            "Job", "CronJob", "IngressClass", "Ingress", "APIService", "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration"));

    public static final KindOrder UNINSTALL = new KindOrder(List.of("MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration", "APIService", "Ingress", "IngressClass", "Service", "CronJob", "Job",
            "StatefulSet", "HorizontalPodAutoscaler", "Deployment", "ReplicaSet", "ReplicationController", "Pod",
            "DaemonSet", "RoleBindingList", "RoleBinding", "RoleList", "Role", "ClusterRoleBindingList",
            "ClusterRoleBinding", "ClusterRoleList", "ClusterRole", "CustomResourceDefinition",
            "PersistentVolumeClaim", "PersistentVolume", "StorageClass", "ConfigMap", "SecretList", "Secret",
            "ServiceAccount", "PodDisruptionBudget", "PodSecurityPolicy", "LimitRange", "ResourceQuota",
            "NetworkPolicy", "Namespace", "PriorityClass"));

    private final Map<String, Integer> rank = new HashMap<>();

    private KindOrder(List<String> kinds) {
        for (int i = 0; i < kinds.size(); i++) {
            rank.put(kinds.get(i), i);
        }
    }

    /** Negative when kind {@code a} goes before kind {@code b}; 0 keeps their relative order. */
    public int compare(String a, String b) {
        Integer ra = rank.get(a);
        Integer rb = rank.get(b);
        if (ra == null && rb == null) {
            return a.compareTo(b);
        }
        if (ra == null) {
            return 1;
        }
        if (rb == null) {
            return -1;
        }
        return Integer.compare(ra, rb);
    }
}
