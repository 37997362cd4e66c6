package io.helm4j.lint;

import io.helm4j.chart.common.KubeVersion;
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

    /*
     * From k8s.io/api's zz_generated.prerelease-lifecycle.go files (APILifecycleDeprecated, APILifecycleRemoved,
     * APILifecycleReplacement). Each listable type's XxxList has the same lifecycle, replaced by the XxxList of
     * the replacement ({@link #withList}). Alpha types without a deprecation tag are never deprecated.
     */
    static {
        String apps = "apps/v1 ";
        for (String k : new String[] {"DaemonSet", "Deployment", "ReplicaSet"}) {
            withList("extensions/v1beta1", k, 8, 16, apps + k);
        }
        withList("extensions/v1beta1", "Ingress", 14, 22, "networking.k8s.io/v1 Ingress");
        withList("extensions/v1beta1", "NetworkPolicy", 9, 16, "networking.k8s.io/v1 NetworkPolicy");
        for (String k : new String[] {"Deployment", "StatefulSet", "ControllerRevision"}) {
            withList("apps/v1beta1", k, 8, 16, apps + k);
        }
        for (String k : new String[] {"DaemonSet", "Deployment", "ReplicaSet", "StatefulSet", "ControllerRevision"}) {
            withList("apps/v1beta2", k, 9, 16, apps + k);
        }
        withList("autoscaling/v2beta1", "HorizontalPodAutoscaler", 22, 25, "autoscaling/v2 HorizontalPodAutoscaler");
        withList("autoscaling/v2beta2", "HorizontalPodAutoscaler", 23, 26, "autoscaling/v2 HorizontalPodAutoscaler");
        withList("batch/v1beta1", "CronJob", 21, 25, "batch/v1 CronJob");
        withList("policy/v1beta1", "PodDisruptionBudget", 21, 25, "policy/v1 PodDisruptionBudget");
        withList("policy/v1beta1", "PodSecurityPolicy", 21, 25, null);
        add("policy/v1beta1", "Eviction", 22, 25, "policy/v1 Eviction");
        withList("networking.k8s.io/v1beta1", "Ingress", 19, 22, "networking.k8s.io/v1 Ingress");
        // Kubernetes names the list type as IngressClass's replacement; Helm prints it as is.
        add("networking.k8s.io/v1beta1", "IngressClass", 19, 22, "networking.k8s.io/v1 IngressClassList");
        add("networking.k8s.io/v1beta1", "IngressClassList", 19, 22, "networking.k8s.io/v1 IngressClassList");
        for (String k : new String[] {"Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"}) {
            withList("rbac.authorization.k8s.io/v1beta1", k, 17, 22, "rbac.authorization.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"}) {
            withList("admissionregistration.k8s.io/v1beta1", k, 16, 22, "admissionregistration.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"}) {
            withList("admissionregistration.k8s.io/v1alpha1", k, 29, 32, "admissionregistration.k8s.io/v1 " + k);
            withList("admissionregistration.k8s.io/v1beta1", k, 31, 34, "admissionregistration.k8s.io/v1 " + k);
        }
        for (String k : new String[] {"StorageClass", "VolumeAttachment", "CSIDriver"}) {
            withList("storage.k8s.io/v1beta1", k, 19, 22, "storage.k8s.io/v1 " + k);
        }
        // Kubernetes names CSINode (not its list) as CSINodeList's replacement; Helm prints it as is.
        add("storage.k8s.io/v1beta1", "CSINode", 17, 22, "storage.k8s.io/v1 CSINode");
        add("storage.k8s.io/v1beta1", "CSINodeList", 17, 22, "storage.k8s.io/v1 CSINode");
        withList("storage.k8s.io/v1beta1", "CSIStorageCapacity", 24, 27, "storage.k8s.io/v1 CSIStorageCapacity");
        withList("scheduling.k8s.io/v1beta1", "PriorityClass", 14, 22, "scheduling.k8s.io/v1 PriorityClass");
        withList("certificates.k8s.io/v1beta1", "CertificateSigningRequest", 19, 22,
                "certificates.k8s.io/v1 CertificateSigningRequest");
        withList("coordination.k8s.io/v1beta1", "Lease", 19, 22, "coordination.k8s.io/v1 Lease");
        add("authentication.k8s.io/v1beta1", "TokenReview", 19, 22, "authentication.k8s.io/v1 TokenReview");
        for (String k : new String[] {"SubjectAccessReview", "SelfSubjectAccessReview", "LocalSubjectAccessReview",
            "SelfSubjectRulesReview"}) {
            add("authorization.k8s.io/v1beta1", k, 19, 22, "authorization.k8s.io/v1 " + k);
        }
        withList("discovery.k8s.io/v1beta1", "EndpointSlice", 21, 25, "discovery.k8s.io/v1 EndpointSlice");
        withList("events.k8s.io/v1beta1", "Event", 22, 25, "events.k8s.io/v1 Event");
        withList("node.k8s.io/v1beta1", "RuntimeClass", 22, 25, "node.k8s.io/v1 RuntimeClass");
        for (String k : new String[] {"FlowSchema", "PriorityLevelConfiguration"}) {
            withList("flowcontrol.apiserver.k8s.io/v1beta1", k, 23, 26, "flowcontrol.apiserver.k8s.io/v1beta3 " + k);
            withList("flowcontrol.apiserver.k8s.io/v1beta2", k, 26, 29, "flowcontrol.apiserver.k8s.io/v1beta3 " + k);
            withList("flowcontrol.apiserver.k8s.io/v1beta3", k, 29, 32, "flowcontrol.apiserver.k8s.io/v1 " + k);
        }
        add("v1", "ComponentStatus", 19, 0, null);
        add("v1", "ComponentStatusList", 19, 0, null);
        // Betas of Kubernetes 1.27-1.33, by the generator's rule (deprecated three minors after introduction,
        // removed three after that) with their GA replacements: not checked against the generated files,
        // which the stored k8s.io/api copies predate.
        add("authentication.k8s.io/v1beta1", "SelfSubjectReview", 30, 33, "authentication.k8s.io/v1 SelfSubjectReview");
        for (String k : new String[] {"IPAddress", "ServiceCIDR"}) {
            withList("networking.k8s.io/v1beta1", k, 34, 37, "networking.k8s.io/v1 " + k);
        }
        withList("storage.k8s.io/v1beta1", "VolumeAttributesClass", 34, 37, "storage.k8s.io/v1 VolumeAttributesClass");
        for (String k : new String[] {"DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"}) {
            withList("resource.k8s.io/v1beta1", k, 35, 38, "resource.k8s.io/v1 " + k);
            withList("resource.k8s.io/v1beta2", k, 36, 39, "resource.k8s.io/v1 " + k);
        }
    }

    private Deprecations() {
    }

    /** {@code kind} and its {@code kindList}, the list replaced by the replacement's list. */
    private static void withList(String apiVersion, String kind, int deprecated, int removed, String replacement) {
        add(apiVersion, kind, deprecated, removed, replacement);
        add(apiVersion, kind + "List", deprecated, removed, replacement == null ? null : replacement + "List");
    }

    private static void add(String apiVersion, String kind, int deprecated, int removed, String replacement) {
        TABLE.put(apiVersion + " " + kind, new Lifecycle(deprecated, removed, replacement));
    }

    /** Every (apiVersion kind) the table knows, for tests. */
    static Map<String, Lifecycle> table() {
        return Map.copyOf(TABLE);
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
