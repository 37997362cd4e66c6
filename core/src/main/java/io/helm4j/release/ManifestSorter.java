package io.helm4j.release;

import io.helm4j.gostd.Strings;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Helm's {@code SortManifests}: files in path order, documents in file order, then a stable sort by kind. */
public final class ManifestSorter {
    private ManifestSorter() {
    }

    public static SortedManifests sort(Map<String, String> files, KindOrder order) {
        List<String> paths = new ArrayList<>(files.keySet());
        Collections.sort(paths);
        List<Hook> hooks = new ArrayList<>();
        List<Manifest> generic = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String path : paths) {
            String content = files.get(path);
            int slash = path.lastIndexOf('/');
            if (path.substring(slash + 1).startsWith("_") || Strings.trimSpace(content).isEmpty()) {
                continue;
            }
            for (String doc : Manifests.split(content)) {
                SimpleHead head = head(path, doc);
                String hookTypes = head.annotations() == null ? null : head.annotations().get(Hook.HOOK_ANNOTATION);
                if (hookTypes == null) {
                    generic.add(new Manifest(path, doc, head));
                    continue;
                }
                Optional<Hook> hook = hook(path, doc, head, hookTypes);
                if (hook.isEmpty()) {
                    unknown.add(hookTypes);
                    continue;
                }
                hooks.add(hook.get());
            }
        }
        hooks.sort((a, b) -> order.compare(a.kind(), b.kind()));
        generic.sort((a, b) -> order.compare(a.head().kind(), b.head().kind()));
        return new SortedManifests(hooks, generic, unknown);
    }

    private static Optional<Hook> hook(String path, String doc, SimpleHead head, String hookTypes) {
        List<HookEvent> events = new ArrayList<>();
        for (String t : hookTypes.split(",", -1)) {
            Optional<HookEvent> e = HookEvent.parse(Strings.trimSpace(t).toLowerCase(Locale.ROOT));
            if (e.isEmpty()) {
                return Optional.empty();
            }
            events.add(e.get());
        }
        int weight;
        try {
            weight = Integer.parseInt(head.annotations().getOrDefault(Hook.WEIGHT_ANNOTATION, ""));
        } catch (NumberFormatException e) {
            weight = 0;
        }
        return Optional.of(new Hook(head.name(), head.kind(), path, doc, List.copyOf(events), weight,
                listAnnotation(head, Hook.DELETE_ANNOTATION), listAnnotation(head, Hook.OUTPUT_LOG_ANNOTATION)));
    }

    private static List<String> listAnnotation(SimpleHead head, String key) {
        String v = head.annotations().get(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String p : v.split(",", -1)) {
                out.add(Strings.trimSpace(p));
            }
        }
        return out;
    }

    /** Reads a document's head; throws {@link ManifestParseException} when it is not YAML. */
    static SimpleHead head(String path, String doc) {
        Object o;
        try {
            GoYaml.check(doc);
            o = GoYaml.load(doc);
        } catch (RuntimeException e) {
            throw new ManifestParseException(path,
                    "YAML parse error on " + path + ": " + e.getMessage(), e);
        }
        if (o == null) {
            return new SimpleHead("", "", "", null);
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw unmarshal(path, o, "Go value of type releaseutil.SimpleHead");
        }
        String name = "";
        Map<String, String> annotations = null;
        Object metadata = m.get("metadata");
        if (metadata != null && !(metadata instanceof Map<?, ?>)) {
            throw unmarshal(path, metadata, "Go struct field SimpleHead.metadata of type struct { Name string "
                    + "\"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }");
        }
        if (metadata instanceof Map<?, ?> md) {
            name = str(md.get("name"));
            Object an0 = md.get("annotations");
            if (an0 != null && !(an0 instanceof Map<?, ?>)) {
                throw unmarshal(path, an0, "Go struct field .metadata.annotations of type map[string]string");
            }
            if (an0 instanceof Map<?, ?> an) {
                annotations = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : an.entrySet()) {
                    annotations.put(String.valueOf(e.getKey()), str(e.getValue()));
                }
            }
        }
        return new SimpleHead(str(m.get("apiVersion")), str(m.get("kind")), name, annotations);
    }

    private static ManifestParseException unmarshal(String path, Object value, String target) {
        String kind = value instanceof String ? "string" : value instanceof Number ? "number"
                : value instanceof Boolean ? "bool" : value instanceof List<?> ? "array" : "object";
        return new ManifestParseException(path, "YAML parse error on " + path
                + ": error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + kind + " into " + target,
                null);
    }

    private static String str(Object o) {
        return o == null ? "" : o instanceof String s ? s : String.valueOf(o);
    }
}
