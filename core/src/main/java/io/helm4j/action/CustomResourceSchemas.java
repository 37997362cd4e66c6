package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.internal.patch.CrdSchema;
import io.helm4j.internal.patch.DuplicateListKeys;
import io.helm4j.internal.patch.PatchSchema;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list types of the objects an operation applies, for {@link DuplicateListKeys}: a built-in kind's from the
 * OpenAPI table ({@link PatchSchema}), a custom resource's from the schema of its CustomResourceDefinition
 * ({@link CrdSchema}): the chart's own (in its manifests, hooks or {@code crds/}: what is applied first), else the
 * cluster's (read once per kind; a kind the cluster does not map, or a definition it will not show, has none).
 */
final class CustomResourceSchemas {
    private static final GroupVersionKind CRD =
            new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");

    private final KubeClient kube;
    private final Map<String, CrdSchema> fromChart = new HashMap<>();
    private final Map<String, Optional<DuplicateListKeys.Type>> read = new HashMap<>();

    /** The schemas of the definitions among {@code chartObjects}, the cluster's through {@code kube} for the others. */
    CustomResourceSchemas(KubeClient kube, List<Resource> chartObjects) {
        this.kube = kube;
        for (Resource r : chartObjects) {
            fromChart.putAll(CrdSchema.definedBy(r.object()));
        }
    }

    /** The list types of {@code gvk}, or empty when neither the table nor a definition describes it. */
    Optional<DuplicateListKeys.Type> of(GroupVersionKind gvk) {
        Optional<PatchSchema> builtIn = PatchSchema.forKind(gvk.group(), gvk.version(), gvk.kind());
        if (builtIn.isPresent() || gvk.group().isEmpty()) {
            return builtIn.map(s -> s);
        }
        String key = key(gvk.group(), gvk.version(), gvk.kind());
        CrdSchema schema = fromChart.get(key);
        if (schema != null) {
            return Optional.of(schema);
        }
        return read.computeIfAbsent(key, k -> fromCluster(gvk));
    }

    private Optional<DuplicateListKeys.Type> fromCluster(GroupVersionKind gvk) {
        try {
            String name = kube.mapping(gvk).resource() + "." + gvk.group();
            Optional<Resource> crd = kube.get(new ResourceRef(CRD, "", name));
            if (crd.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(CrdSchema.definedBy(crd.get().object())
                    .get(key(gvk.group(), gvk.version(), gvk.kind())));
        } catch (Helm4jException notMappedOrNotShown) {
            return Optional.empty(); // the apply reports a kind the cluster does not know
        }
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "/" + kind;
    }
}
