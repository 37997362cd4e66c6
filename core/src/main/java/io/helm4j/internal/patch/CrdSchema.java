package io.helm4j.internal.patch;

import java.util.List;
import java.util.Map;

/**
 * A custom resource's type as its CustomResourceDefinition's structural schema ({@code openAPIV3Schema}) gives it, for
 * {@link DuplicateListKeys}: {@code properties} (else {@code additionalProperties}) for a field, {@code items} for the
 * elements of a list, {@code x-kubernetes-list-type: map} with {@code x-kubernetes-list-map-keys} for a list's keys, and
 * a property's {@code default} for a key an element leaves out. The object's {@code metadata} is the built-in
 * {@code ObjectMeta}, as the API server treats it whatever the schema says.
 */
public final class CrdSchema implements DuplicateListKeys.Type {
    private static final PatchSchema OBJECT_META = PatchSchema.ofType("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
    private static final CrdSchema NONE = new CrdSchema(Map.of(), false);

    private final Map<?, ?> node;
    private final boolean root;

    private CrdSchema(Map<?, ?> node, boolean root) {
        this.node = node;
        this.root = root;
    }

    /** The type of a whole custom resource described by {@code openAPIV3Schema}. */
    public static CrdSchema of(Map<?, ?> openApiV3Schema) {
        return new CrdSchema(openApiV3Schema == null ? Map.of() : openApiV3Schema, true);
    }

    @Override
    public DuplicateListKeys.Type child(String key) {
        if (root && key.equals("metadata")) {
            return OBJECT_META;
        }
        Map<?, ?> p = property(key);
        if (p == null) {
            return NONE;
        }
        if ("array".equals(p.get("type")) || p.get("items") instanceof Map<?, ?>) {
            return p.get("items") instanceof Map<?, ?> items ? new CrdSchema(items, false) : NONE;
        }
        return new CrdSchema(p, false);
    }

    @Override
    public List<String> mapKeys(String key) {
        if (root && key.equals("metadata")) {
            return List.of();
        }
        Map<?, ?> p = property(key);
        if (p == null || !"map".equals(p.get("x-kubernetes-list-type"))
                || !(p.get("x-kubernetes-list-map-keys") instanceof List<?> keys)) {
            return List.of();
        }
        return keys.stream().map(String::valueOf).toList();
    }

    @Override
    public Object defaultOf(String key) {
        Map<?, ?> p = property(key);
        return p == null ? null : p.get("default");
    }

    private Map<?, ?> property(String key) {
        if (node.get("properties") instanceof Map<?, ?> props && props.get(key) instanceof Map<?, ?> p) {
            return p;
        }
        return node.get("additionalProperties") instanceof Map<?, ?> ap ? ap : null;
    }
}
