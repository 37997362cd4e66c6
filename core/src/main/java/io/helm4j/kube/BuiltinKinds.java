package io.helm4j.kube;

import java.util.ArrayList;
import java.util.List;

/** The REST mappings of the built-in kinds Helm charts use most, for {@link FakeKubeClient}. */
final class BuiltinKinds {
    private BuiltinKinds() {
    }

    static List<ResourceMapping> all() {
        List<ResourceMapping> m = new ArrayList<>();
        ns(m, "", "v1", "ConfigMap", "configmaps");
        ns(m, "", "v1", "Secret", "secrets");
        ns(m, "", "v1", "Service", "services");
        ns(m, "", "v1", "ServiceAccount", "serviceaccounts");
        ns(m, "", "v1", "Pod", "pods");
        ns(m, "", "v1", "PersistentVolumeClaim", "persistentvolumeclaims");
        ns(m, "", "v1", "Endpoints", "endpoints");
        ns(m, "", "v1", "Event", "events");
        cluster(m, "", "v1", "Namespace", "namespaces");
        cluster(m, "", "v1", "PersistentVolume", "persistentvolumes");
        cluster(m, "", "v1", "Node", "nodes");
        ns(m, "apps", "v1", "Deployment", "deployments");
        ns(m, "apps", "v1", "StatefulSet", "statefulsets");
        ns(m, "apps", "v1", "DaemonSet", "daemonsets");
        ns(m, "apps", "v1", "ReplicaSet", "replicasets");
        ns(m, "batch", "v1", "Job", "jobs");
        ns(m, "batch", "v1", "CronJob", "cronjobs");
        ns(m, "networking.k8s.io", "v1", "Ingress", "ingresses");
        ns(m, "networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies");
        ns(m, "policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets");
        ns(m, "autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers");
        ns(m, "rbac.authorization.k8s.io", "v1", "Role", "roles");
        ns(m, "rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings");
        cluster(m, "rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles");
        cluster(m, "rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings");
        cluster(m, "apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions");
        cluster(m, "storage.k8s.io", "v1", "StorageClass", "storageclasses");
        cluster(m, "admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations");
        cluster(m, "admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations");
        cluster(m, "scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses");
        return m;
    }

    private static void ns(List<ResourceMapping> m, String g, String v, String kind, String plural) {
        m.add(new ResourceMapping(new GroupVersionKind(g, v, kind), plural, true));
    }

    private static void cluster(List<ResourceMapping> m, String g, String v, String kind, String plural) {
        m.add(new ResourceMapping(new GroupVersionKind(g, v, kind), plural, false));
    }
}
