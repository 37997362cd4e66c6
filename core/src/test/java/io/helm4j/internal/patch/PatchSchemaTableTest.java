package io.helm4j.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.kube.KubeJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code patch-meta.json} against the OpenAPI document of a real API server: generated from
 * {@code /openapi/v2} (when HELM4J_IT_KUBECONFIG names a kubeconfig; skipped, saying so, otherwise) it is the
 * file in the repository. {@code -Dpatchmeta.update=true} rewrites the file. Without a cluster, the table
 * still has to say what the Go structs say for the fields every chart uses.
 */
class PatchSchemaTableTest {
    private static final Path TABLE = Path.of("src/main/resources/io/helm4j/internal/patch/patch-meta.json");

    @Test
    void theTableIsWhatTheApiServersOpenApiSays() throws Exception {
        String kubeconfig = System.getenv("HELM4J_IT_KUBECONFIG");
        assumeTrue(kubeconfig != null && !kubeconfig.isEmpty(),
                "HELM4J_IT_KUBECONFIG is not set: no cluster, OpenAPI comparison skipped");
        ProcessBuilder pb = new ProcessBuilder("/opt/kube/bin/kubectl", "get", "--raw", "/openapi/v2");
        pb.environment().put("KUBECONFIG", kubeconfig);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        String generated = generate(KubeJson.parseObject(json));
        if (Boolean.getBoolean("patchmeta.update")) {
            Files.writeString(TABLE, generated);
        }
        assertThat(Files.readString(TABLE)).isEqualTo(generated);
    }

    @Test
    void theFieldsChartsUseMostHaveTheirGoTags() {
        PatchSchema deployment = PatchSchema.forKind("apps", "v1", "Deployment").orElseThrow();
        assertThat(deployment.field("spec").type().field("strategy").retainKeys()).isTrue();
        PatchSchema pod = deployment.field("spec").type().field("template").type().field("spec").type();
        PatchSchema.Field containers = pod.field("containers");
        assertThat(containers.merge()).isTrue();
        assertThat(containers.mergeKey()).isEqualTo("name");
        assertThat(containers.type().field("env").mergeKey()).isEqualTo("name");
        assertThat(containers.type().field("ports").mergeKey()).isEqualTo("containerPort");
        assertThat(containers.type().field("volumeMounts").mergeKey()).isEqualTo("mountPath");
        assertThat(pod.field("volumes").retainKeys()).isTrue();
        assertThat(pod.field("volumes").merge()).isTrue();
        assertThat(pod.field("tolerations").merge()).isFalse();
        PatchSchema meta = deployment.field("metadata").type();
        assertThat(meta.field("finalizers").merge()).isTrue();
        assertThat(meta.field("finalizers").mergeKey()).isEmpty();
        assertThat(meta.field("ownerReferences").mergeKey()).isEqualTo("uid");
        assertThat(meta.field("labels").merge()).isFalse();
        assertThat(PatchSchema.forKind("", "v1", "Service").orElseThrow().field("spec").type()
                .field("ports").mergeKey()).isEqualTo("port");
        assertThat(PatchSchema.forKind("example.com", "v1", "Widget")).isEmpty();
        assertThat(PatchSchema.forKind("apiregistration.k8s.io", "v1", "APIService")).isEmpty();
    }

    /**
     * The table from an OpenAPI v2 document: the kinds of k8s.io/api and apiextensions (the types client-go's
     * scheme and Helm's add), and every type they reach with every field (its JSON name, as the Go struct's), so a
     * field the struct does not have fails as apimachinery's lookup does. A field is {@code "T"} (its type, {@code ""}
     * for a scalar or a map of scalars) or, with a patch strategy or merge key, {@code [strategy, mergeKey, "T"]}, with a
     * fourth element for server-side apply's list types: the keys of a {@code map} list ({@code "containerPort,protocol"})
     * or {@code "=set"};
     * {@code map:T} is a map whose values are T ({@code *} stands for every key). Types without properties (Go structs
     * that marshal as a string: Time, Quantity, IntOrString; RawExtension) are left out: nothing is looked up in them.
     */
    static String generate(Map<String, Object> openapi) {
        Map<String, Object> defs = cast(openapi.get("definitions"));
        Map<String, Map<String, List<String>>> raw = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        for (Map.Entry<String, Object> d : defs.entrySet()) {
            String name = d.getKey();
            Map<String, Object> def = cast(d.getValue());
            Map<String, List<String>> fields = new TreeMap<>();
            Map<String, Object> props = def.get("properties") == null ? Map.of() : cast(def.get("properties"));
            for (Map.Entry<String, Object> p : props.entrySet()) {
                Map<String, Object> prop = cast(p.getValue());
                String type = target(prop);
                if (prop.get("additionalProperties") instanceof Map<?, ?> ap && ref(cast(ap)) != null) {
                    type = "map:" + ref(cast(ap));
                    raw.put(type, new TreeMap<>(Map.of("*", List.of("", "", ref(cast(ap)), ""))));
                }
                String strategy = String.valueOf(prop.getOrDefault("x-kubernetes-patch-strategy", ""));
                String key = String.valueOf(prop.getOrDefault("x-kubernetes-patch-merge-key", ""));
                Object listType = prop.get("x-kubernetes-list-type");
                String list = "map".equals(listType) && prop.get("x-kubernetes-list-map-keys") instanceof List<?> keys
                        ? String.join(",", keys.stream().map(String::valueOf).toList())
                        : "set".equals(listType) ? "=set" : "";
                fields.put(p.getKey(), List.of(strategy, key, type == null ? "" : type, list));
            }
            if (!fields.isEmpty()) {
                raw.put(name, fields);
            }
            if (builtin(name) && def.get("x-kubernetes-group-version-kind") instanceof List<?> gvks) {
                for (Object o : gvks) {
                    Map<String, Object> gvk = cast(o);
                    kinds.put(gvk.get("group") + "/" + gvk.get("version") + "/" + gvk.get("kind"), name);
                }
            }
        }
        Set<String> reached = reached(raw, kinds.values());
        StringBuilder out = new StringBuilder("{\"kinds\":{\n");
        List<String> lines = new ArrayList<>();
        kinds.forEach((k, v) -> lines.add(KubeJson.write(k) + ":" + KubeJson.write(raw.containsKey(v) ? v : "")));
        out.append(String.join(",\n", lines)).append("},\n\"types\":{\n");
        lines.clear();
        raw.forEach((type, fields) -> {
            if (!reached.contains(type)) {
                return;
            }
            Map<String, Object> kept = new TreeMap<>();
            fields.forEach((f, m) -> {
                String to = raw.containsKey(m.get(2)) ? m.get(2) : "";
                kept.put(f, m.get(0).isEmpty() && m.get(1).isEmpty() && m.get(3).isEmpty() ? to
                        : m.get(3).isEmpty() ? List.of(m.get(0), m.get(1), to) : List.of(m.get(0), m.get(1), to, m.get(3)));
            });
            lines.add(KubeJson.write(type) + ":" + KubeJson.write(kept));
        });
        return out.append(String.join(",\n", lines)).append("}}\n").toString();
    }

    /** The types the kinds reach through their fields. */
    private static Set<String> reached(Map<String, Map<String, List<String>>> raw, java.util.Collection<String> roots) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!raw.containsKey(t) || !seen.add(t)) {
                continue;
            }
            raw.get(t).values().forEach(m -> todo.push(m.get(2)));
        }
        return seen;
    }

    private static boolean builtin(String definition) {
        return definition.startsWith("io.k8s.api.")
                || definition.startsWith("io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.");
    }

    private static String target(Map<String, Object> prop) {
        String r = ref(prop);
        if (r == null && prop.get("items") instanceof Map<?, ?> items) {
            r = ref(cast(items));
        }
        return r;
    }

    private static String ref(Map<String, Object> prop) {
        return prop.get("$ref") instanceof String s ? s.substring(s.lastIndexOf('/') + 1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}
