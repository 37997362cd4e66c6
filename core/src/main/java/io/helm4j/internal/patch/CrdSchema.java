package io.helm4j.internal.patch;

import java.util.List;
import java.util.Map;

/**
 * A custom resource's type as its CustomResourceDefinition's structural schema ({@code openAPIV3Schema}) gives it, for
 * {@link DuplicateListKeys}: {@code properties} (else {@code additionalProperties}) for a field, {@code items} for the
 * elements of a list, {@code x-kubernetes-list-type: map} with {@code x-kubernetes-list-map-keys} for a list's keys
 * ({@code set}: its values), and
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

    /**
     * The types a CustomResourceDefinition object ({@code apiextensions.k8s.io/v1}) defines, one per version with a
     * schema, by {@code group/version/Kind}; none for anything else.
     */
    public static Map<String, CrdSchema> definedBy(Map<?, ?> crd) {
        Map<String, CrdSchema> out = new java.util.LinkedHashMap<>();
        if (!"apiextensions.k8s.io/v1".equals(crd.get("apiVersion")) || !"CustomResourceDefinition".equals(crd.get("kind"))
                || !(crd.get("spec") instanceof Map<?, ?> spec) || spec.get("group") == null
                || !(spec.get("names") instanceof Map<?, ?> names) || names.get("kind") == null
                || !(spec.get("versions") instanceof List<?> versions)) {
            return out;
        }
        for (Object v : versions) {
            if (v instanceof Map<?, ?> version && version.get("schema") instanceof Map<?, ?> schema
                    && schema.get("openAPIV3Schema") instanceof Map<?, ?> openApi) {
                out.put(spec.get("group") + "/" + version.get("name") + "/" + names.get("kind"), of(openApi));
            }
        }
        return out;
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
    public boolean isSet(String key) {
        if (root && key.equals("metadata")) {
            return false;
        }
        Map<?, ?> p = property(key);
        return p != null && "set".equals(p.get("x-kubernetes-list-type"));
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
