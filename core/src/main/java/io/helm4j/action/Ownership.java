package io.helm4j.action;

import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata by which Helm knows a release owns an object: the label
 * {@code app.kubernetes.io/managed-by=Helm} and the annotations {@code meta.helm.sh/release-name} and
 * {@code meta.helm.sh/release-namespace}; set on every object applied, checked on objects found in the
 * way (Helm's {@code checkOwnership}).
 */
final class Ownership {
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String RELEASE_NAME = "meta.helm.sh/release-name";
    static final String RELEASE_NAMESPACE = "meta.helm.sh/release-namespace";

    private Ownership() {
    }

    /** The object with Helm's ownership label and annotations merged in (Helm's {@code setMetadataVisitor}). */
    static Resource mark(Resource r, String release, String namespace) {
        Map<String, String> labels = new LinkedHashMap<>(r.labels());
        labels.put(MANAGED_BY, "Helm");
        Map<String, String> annotations = new LinkedHashMap<>(r.annotations());
        annotations.put(RELEASE_NAME, release);
        annotations.put(RELEASE_NAMESPACE, namespace);
        return r.withMetadata("labels", labels).withMetadata("annotations", annotations);
    }

    /** Why an existing object is not the release's, as Helm words it; null when it is. */
    static String problem(Resource existing, String release, String namespace) {
        List<String> errs = new ArrayList<>();
        require(errs, "label", existing.labels(), MANAGED_BY, "Helm");
        require(errs, "annotation", existing.annotations(), RELEASE_NAME, release);
        require(errs, "annotation", existing.annotations(), RELEASE_NAMESPACE, namespace);
        return errs.isEmpty() ? null : "invalid ownership metadata; " + String.join("; ", errs);
    }

    private static void require(List<String> errs, String what, Map<String, String> meta, String key, String value) {
        String actual = meta.get(key);
        if (actual == null) {
            errs.add(what + " validation error: missing key " + q(key) + ": must be set to " + q(value));
        } else if (!actual.equals(value)) {
            errs.add(what + " validation error: key " + q(key) + " must equal " + q(value) + ": current value is "
                    + q(actual));
        }
    }

    static String q(String s) {
        return io.helm4j.gostd.Strconv.quote(s);
    }
}
