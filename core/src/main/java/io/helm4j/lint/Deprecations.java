package io.helm4j.lint;

import io.helm4j.engine.KubeVersion;
import java.util.HashMap;
import java.util.Map;

/**
 * Deprecated Kubernetes APIs, as Helm's lint learns them from the API types' lifecycle
 * ({@code k8s.io/apiserver/pkg/endpoints/deprecation}) for the built-in kinds Helm's scheme knows:
 * the version an API was deprecated in, the version it is no longer served from, and its replacement.
 */
final class Deprecations {
    record Lifecycle(int deprecatedMinor, int removedMinor, String replacement) {
    }

    private static final Map<String, Lifecycle> TABLE = new HashMap<>();

    static {
        String apps = "apps/v1 ";
        for (String k : new String[] {"DaemonSet", "Deployment", "ReplicaSet"}) {
            add("extensions/v1beta1", k, 8, 16, apps + k);
        }
        add("extensions/v1beta1", "Ingress", 14, 22, "networking.k8s.io/v1 Ingress");
        add("extensions/v1beta1", "NetworkPolicy", 9, 16, "networking.k8s.io/v1 NetworkPolicy");
        for (String k : new String[] {"Deployment", "StatefulSet", "ControllerRevision"}) {
            add("apps/v1beta1", k, 8, 16, apps + k);
        }
        for (String k : new String[] {"DaemonSet", "Deployment", "ReplicaSet", "StatefulSet", "ControllerRevision"}) {
            add("apps/v1beta2", k, 9, 16, apps + k);
        }
        add("autoscaling/v2beta1", "HorizontalPodAutoscaler", 22, 25, "autoscaling/v2 HorizontalPodAutoscaler");
        add("autoscaling/v2beta2", "HorizontalPodAutoscaler", 23, 26, "autoscaling/v2 HorizontalPodAutoscaler");
        add("batch/v1beta1", "CronJob", 21, 25, "batch/v1 CronJob");
        add("policy/v1beta1", "PodDisruptionBudget", 21, 25, "policy/v1 PodDisruptionBudget");
        add("policy/v1beta1", "PodSecurityPolicy", 21, 25, null);
        add("policy/v1beta1", "Eviction", 22, 25, "policy/v1 Eviction");
        add("networking.k8s.io/v1beta1", "Ingress", 19, 22, "networking.k8s.io/v1 Ingress");
        // Kubernetes names the list type as IngressClass's replacement; Helm prints it as is.
        add("networking.k8s.io/v1beta1", "IngressClass", 19, 22, "networking.k8s.io/v1 IngressClassList");
        for (String k : new String[] {"Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"}) {
            add("rbac.authorization.k8s.io/v1beta1", k, 17, 22, "rbac.authorization.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"}) {
            add("admissionregistration.k8s.io/v1beta1", k, 16, 22, "admissionregistration.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"}) {
            add("admissionregistration.k8s.io/v1beta1", k, 31, 34, "admissionregistration.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"StorageClass", "VolumeAttachment", "CSIDriver"}) {
            add("storage.k8s.io/v1beta1", k, 19, 22, "storage.k8s.io/v1 " + k);
        }
        add("storage.k8s.io/v1beta1", "CSINode", 17, 22, "storage.k8s.io/v1 CSINode");
        add("storage.k8s.io/v1beta1", "CSIStorageCapacity", 24, 27, "storage.k8s.io/v1 CSIStorageCapacity");
        add("scheduling.k8s.io/v1beta1", "PriorityClass", 14, 22, "scheduling.k8s.io/v1 PriorityClass");
        add("certificates.k8s.io/v1beta1", "CertificateSigningRequest", 19, 22,
                "certificates.k8s.io/v1 CertificateSigningRequest");
        add("coordination.k8s.io/v1beta1", "Lease", 19, 22, "coordination.k8s.io/v1 Lease");
        add("authentication.k8s.io/v1beta1", "TokenReview", 19, 22, "authentication.k8s.io/v1 TokenReview");
        for (String k : new String[] {"SubjectAccessReview", "SelfSubjectAccessReview", "LocalSubjectAccessReview",
            "SelfSubjectRulesReview"}) {
            add("authorization.k8s.io/v1beta1", k, 19, 22, "authorization.k8s.io/v1 " + k);
        }
        add("discovery.k8s.io/v1beta1", "EndpointSlice", 21, 25, "discovery.k8s.io/v1 EndpointSlice");
        add("events.k8s.io/v1beta1", "Event", 22, 25, "events.k8s.io/v1 Event");
        add("node.k8s.io/v1beta1", "RuntimeClass", 22, 25, "node.k8s.io/v1 RuntimeClass");
        for (String k : new String[] {"FlowSchema", "PriorityLevelConfiguration"}) {
            add("flowcontrol.apiserver.k8s.io/v1beta1", k, 23, 26, "flowcontrol.apiserver.k8s.io/v1beta3 " + k);
            add("flowcontrol.apiserver.k8s.io/v1beta2", k, 26, 29, "flowcontrol.apiserver.k8s.io/v1beta3 " + k);
            add("flowcontrol.apiserver.k8s.io/v1beta3", k, 29, 32, "flowcontrol.apiserver.k8s.io/v1 " + k);
        }
        add("v1", "ComponentStatus", 19, 0, null);
    }

    private Deprecations() {
    }

    private static void add(String apiVersion, String kind, int deprecated, int removed, String replacement) {
        TABLE.put(apiVersion + " " + kind, new Lifecycle(deprecated, removed, replacement));
    }

    /** Helm's {@code validateNoDeprecations}: the warning for a deprecated API, or null. */
    static String check(KubeObject obj, KubeVersion kubeVersion) {
        if (obj.apiVersion().isEmpty() || obj.kind().isEmpty()) {
            return null;
        }
        Lifecycle l = TABLE.get(obj.apiVersion() + " " + obj.kind());
        if (l == null) {
            return null;
        }
        int major;
        int minor;
        try {
            major = Integer.parseInt(kubeVersion.major());
            minor = Integer.parseInt(kubeVersion.minor());
        } catch (NumberFormatException e) {
            return "strconv.Atoi: parsing \"" + kubeVersion.minor() + "\": invalid syntax";
        }
        // apiserver's deprecation.IsDeprecated: a version of 0.0 counts as current; any other is compared.
        boolean unknown = major == 0 && minor == 0;
        if (!unknown && (major < 1 || (major == 1 && minor < l.deprecatedMinor()))) {
            return null;
        }
        StringBuilder msg = new StringBuilder(obj.apiVersion()).append(' ').append(obj.kind())
                .append(" is deprecated in v1.").append(l.deprecatedMinor()).append('+');
        if (l.removedMinor() > 0) {
            msg.append(", unavailable in v1.").append(l.removedMinor()).append('+');
        }
        if (l.replacement() != null) {
            msg.append("; use ").append(l.replacement());
        }
        return msg.toString();
    }
}
