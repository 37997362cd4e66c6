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

    /** One object: its resource, and its text as the helm-diff plugin compares it (the document, comments included). */
    record Doc(Resource resource, String text) {
        /** The document's first line when it is a comment (its {@code # Source:} line), with its newline; else "". */
        String comment() {
            int nl = text.indexOf('\n');
            return nl < 0 || !text.startsWith("#") ? "" : text.substring(0, nl + 1);
        }
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
            out.put(ChangeSetEngine.key(p.ref()), new Doc(p, trimmed(doc)));
        }
        return out;
    }

    private static Resource placed(Resource r, String namespace) {
        if (CLUSTER_SCOPED.contains(r.kind()) || !r.namespace().isEmpty()) {
            return r;
        }
        return r.withNamespace(namespace);
    }

    /**
     * The document as the helm-diff plugin keeps it (its {@code manifest.Parse}): without surrounding blank space,
     * its comments (the {@code # Source:} line) included, so a change of template file is a change there too.
     */
    private static String trimmed(String doc) {
        String t = doc.strip();
        return t.isEmpty() ? "" : t + "\n";
    }
}
