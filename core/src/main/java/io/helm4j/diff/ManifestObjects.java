package io.helm4j.diff;

import io.helm4j.kube.Manifests;
import io.helm4j.kube.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A manifest stream split into its objects, each with its text, keyed by kind, namespace and name. */
final class ManifestObjects {
    /** Kinds without a namespace (for objects known without asking a cluster). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume",
            "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "PriorityClass",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
            "ValidatingAdmissionPolicyBinding", "APIService", "IngressClass", "RuntimeClass", "CSIDriver", "CSINode",
            "VolumeAttachment", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration");

    record Doc(Resource resource, String text) {
    }

    private ManifestObjects() {
    }

    static Map<String, Doc> index(String manifest, String namespace) {
        Map<String, Doc> out = new LinkedHashMap<>();
        if (manifest == null) {
            return out;
        }
        for (String doc : io.helm4j.release.Manifests.split(manifest)) {
            List<Resource> objects = Manifests.parse(doc);
            if (objects.size() != 1) {
                for (Resource r : objects) { // a List kind: each item on its own, as YAML
                    Resource p = placed(r, namespace);
                    out.put(ChangeSetEngine.key(p.ref()), new Doc(p, io.helm4j.yaml.GoYaml.toYaml(p.object())));
                }
                continue;
            }
            Resource p = placed(objects.get(0), namespace);
            out.put(ChangeSetEngine.key(p.ref()), new Doc(p, withoutComments(doc)));
        }
        return out;
    }

    private static Resource placed(Resource r, String namespace) {
        if (CLUSTER_SCOPED.contains(r.kind()) || !r.namespace().isEmpty()) {
            return r;
        }
        return r.withNamespace(namespace);
    }

    /** The document without its leading {@code # Source:} comment and surrounding blank lines. */
    private static String withoutComments(String doc) {
        String t = doc.strip();
        while (t.startsWith("#")) {
            int nl = t.indexOf('\n');
            t = nl < 0 ? "" : t.substring(nl + 1);
        }
        return t.isEmpty() ? "" : t + "\n";
    }
}
