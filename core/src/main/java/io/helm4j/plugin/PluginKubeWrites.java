package io.helm4j.plugin;

import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.FieldValidation;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.PatchType;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import io.helm4j.yaml.GoYaml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A granted write of a WebAssembly plugin ({@link PluginKube.Write}) sent through helm4j's client: the object gets
 * the request's kind, namespace and name where it has none, and must not name others (a plugin granted
 * {@code create configmaps} cannot create a Secret by naming it in the body); the field manager is
 * {@code helm4j-plugin-NAME} and field validation strict; in a dry run the API server's dry run.
 */
final class PluginKubeWrites {
    private PluginKubeWrites() {
    }

    static String send(KubeClient c, PluginKube.Write w, boolean dryRun) {
        GroupVersionKind gvk = GroupVersionKind.of(w.apiVersion(), w.kind());
        ResourceMapping mapping = c.mapping(gvk);
        String ns = !mapping.namespaced() ? "" : w.namespace() == null || w.namespace().isEmpty() ? c.namespace()
                : w.namespace();
        WriteOptions options = new WriteOptions("helm4j-plugin-" + w.plugin(), FieldValidation.STRICT, dryRun);
        return switch (w.verb()) {
            case "create" -> GoYaml.toJson(c.create(object(w, ns, mapping), options).object());
            case "update" -> GoYaml.toJson(c.replace(object(w, ns, mapping), options).object());
            case "patch" -> GoYaml.toJson(c.patch(new ResourceRef(gvk, ns, name(w)), patchType(w), w.patch(), options)
                    .object());
            case "delete" -> "{\"deleted\":" + c.delete(new ResourceRef(gvk, ns, name(w)),
                    new DeleteOptions(DeleteOptions.background().propagationPolicy(), dryRun))
                    + "}";
            default -> throw new IllegalArgumentException("not a write: " + w.verb());
        };
    }

    private static String name(PluginKube.Write w) {
        if (w.name() == null || w.name().isEmpty()) {
            throw new IllegalArgumentException(w.verb() + " needs the object's name");
        }
        return w.name();
    }

    private static PatchType patchType(PluginKube.Write w) {
        if (w.patch() == null || w.patch().isEmpty()) {
            throw new IllegalArgumentException("patch needs \"patch\", the patch as JSON text");
        }
        return switch (w.patchType() == null || w.patchType().isEmpty() ? "merge" : w.patchType()) {
            case "merge" -> PatchType.MERGE;
            case "json" -> PatchType.JSON;
            case "strategic" -> PatchType.STRATEGIC;
            default -> throw new IllegalArgumentException("patchType \"" + w.patchType()
                    + "\" is not merge, json or strategic");
        };
    }

    @SuppressWarnings("unchecked")
    private static Resource object(PluginKube.Write w, String ns, ResourceMapping mapping) {
        if (w.object() == null) {
            throw new IllegalArgumentException(w.verb() + " needs \"object\", the object as JSON");
        }
        Map<String, Object> o = new LinkedHashMap<>(w.object());
        same(o, "apiVersion", w.apiVersion());
        same(o, "kind", w.kind());
        Map<String, Object> meta = o.get("metadata") instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new LinkedHashMap<>();
        if (w.name() != null && !w.name().isEmpty()) {
            same(meta, "name", w.name());
        }
        if (mapping.namespaced()) {
            same(meta, "namespace", ns);
        }
        o.put("metadata", meta);
        return new Resource(o);
    }

    /** Puts {@code value} under {@code key}, refusing another value already there. */
    private static void same(Map<String, Object> m, String key, String value) {
        Object old = m.get(key);
        if (old != null && !old.equals(value)) {
            throw new IllegalArgumentException("the object's " + key + " \"" + old + "\" is not the request's \""
                    + value + "\"");
        }
        m.put(key, value);
    }
}
