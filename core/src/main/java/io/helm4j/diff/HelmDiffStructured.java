package io.helm4j.diff;

import io.helm4j.yaml.GoJsonValue;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The newest helm-diff plugin's {@code --output structured} (helm-diff 3.15.11, {@code diff/structured.go}): a
 * JSON array, one entry per object, with its fields in the plugin's order ({@code apiVersion}, {@code kind},
 * {@code namespace}, {@code name}, {@code changeType}, {@code resourceStatus}, {@code changes},
 * {@code changesSuppressed}, empty ones left out as the plugin's {@code omitempty} does). The field changes are
 * the plugin's: a JSON merge patch from the object before to the object after (both as helm4j shows them, Secret
 * values masked), walked in sorted key order, arrays element by element; each change has the container's
 * {@code path} ({@code spec.template.spec.containers[0]}), the {@code field}, {@code add}/{@code remove}/
 * {@code replace} and the {@code oldValue}/{@code newValue}, numbers as JSON numbers (float64). helm4j's
 * {@code REPLACE} (an immutable field changes) is kept as the change type, as {@code json} and {@code template} have it.
 */
final class HelmDiffStructured {
    private HelmDiffStructured() {
    }

    /** Thrown where the plugin's merge patch fails (an array element that is an object on one side only). */
    private static final class Unpatchable extends RuntimeException {
        Unpatchable() {
            super(null, null, false, false);
        }
    }

    static String render(ChangeSet set) {
        List<Object> entries = new ArrayList<>();
        for (ResourceChange c : set.changes()) {
            Map<String, Object> e = entry(c);
            if (e != null) {
                entries.add(e);
            }
        }
        // json.Encoder with SetIndent("", "  "): MarshalIndent's text and a newline
        return GoYaml.toPrettyJson(entries) + "\n";
    }

    /** Whether the output lists any object (a change whose merge patch is empty is not listed, as in the plugin). */
    static boolean listsAny(ChangeSet set) {
        return set.changes().stream().anyMatch(c -> entry(c) != null);
    }

    /** One object's entry, or null for a change with no field change left (the plugin prints none). */
    private static Map<String, Object> entry(ResourceChange c) {
        Object before = c.before().isBlank() ? null : jsonTree(GoYaml.load(c.before()));
        Object after = c.after().isBlank() ? null : jsonTree(GoYaml.load(c.after()));
        List<Object> changes = new ArrayList<>();
        boolean modify = c.type() == ChangeType.MODIFY || c.type() == ChangeType.REPLACE;
        if (modify && !c.suppressed() && before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
            try {
                walk(changes, new ArrayList<>(), mergePatch(b, a), before, after);
            } catch (Unpatchable ex) {
                // the plugin then prints the entry with its key as name and the change type only
                GoJsonValue.Struct basic = new GoJsonValue.Struct();
                basic.put("name", c.key());
                basic.put("changeType", c.type().name());
                basic.put("resourceStatus", status(false, false));
                return basic;
            }
            if (changes.isEmpty()) {
                return null;
            }
        }
        GoJsonValue.Struct e = new GoJsonValue.Struct();
        String apiVersion = metadata(before, after, "apiVersion", null);
        String kind = metadata(before, after, "kind", null);
        String namespace = metadata(before, after, "metadata", "namespace");
        String name = metadata(before, after, "metadata", "name");
        omitEmpty(e, "apiVersion", apiVersion.isEmpty() ? c.ref().gvk().apiVersion() : apiVersion);
        omitEmpty(e, "kind", kind.isEmpty() ? c.ref().gvk().kind() : kind);
        omitEmpty(e, "namespace", namespace.isEmpty() ? c.ref().namespace() : namespace);
        omitEmpty(e, "name", name.isEmpty() ? c.ref().name() : name);
        e.put("changeType", c.type().name());
        e.put("resourceStatus", status(before != null, after != null));
        if (!changes.isEmpty()) {
            e.put("changes", changes);
        }
        if (c.suppressed()) {
            e.put("changesSuppressed", true);
        }
        return e;
    }

    private static GoJsonValue.Struct status(boolean oldExists, boolean newExists) {
        GoJsonValue.Struct s = new GoJsonValue.Struct();
        s.put("oldExists", oldExists);
        s.put("newExists", newExists);
        return s;
    }

    private static void omitEmpty(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    /** A string at {@code key} (or {@code key.sub}) of the object before, else of the object after; "" if none. */
    private static String metadata(Object before, Object after, String key, String sub) {
        for (Object o : new Object[] {before, after}) {
            Object v = o instanceof Map<?, ?> m ? m.get(key) : null;
            if (sub != null) {
                v = v instanceof Map<?, ?> m ? m.get(sub) : null;
            }
            if (v instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        return "";
    }

    /** A YAML value as encoding/json decodes the JSON of it: numbers are float64, maps print sorted. */
    private static Object jsonTree(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), jsonTree(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(jsonTree(x)));
            return out;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v;
    }

    /** evanphx/json-patch's CreateMergePatch of two objects (its getDiff). */
    private static Map<String, Object> mergePatch(Map<?, ?> a, Map<?, ?> b) {
        Map<String, Object> into = new TreeMap<>();
        b.forEach((k, bv) -> {
            String key = (String) k;
            if (!a.containsKey(key)) {
                into.put(key, bv);
                return;
            }
            Object av = a.get(key);
            if (av == null || bv == null || av.getClass() != bv.getClass() && !(av instanceof Map && bv instanceof Map)
                    && !(av instanceof List && bv instanceof List)) {
                if (av != null || bv != null) {
                    into.put(key, bv);
                }
            } else if (av instanceof Map<?, ?> am) {
                Map<String, Object> d = mergePatch(am, (Map<?, ?>) bv);
                if (!d.isEmpty()) {
                    into.put(key, d);
                }
            } else if (!av.equals(bv)) {
                into.put(key, bv);
            }
        });
        a.keySet().forEach(k -> {
            if (!b.containsKey(k)) {
                into.put((String) k, null);
            }
        });
        return into;
    }

    /** helm-diff's walkPatch: the changes a patch node makes, given the old and new values at its place. */
    private static void walk(List<Object> changes, List<String> tokens, Object patch, Object oldNode, Object newNode) {
        if (patch instanceof Map<?, ?> p) {
            Map<?, ?> oldMap = oldNode instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> newMap = newNode instanceof Map<?, ?> m ? m : Map.of();
            for (Object key : new TreeMap<>(p).keySet()) {
                walk(changes, with(tokens, (String) key), p.get(key), oldMap.get(key), newMap.get(key));
            }
        } else if (patch instanceof List<?>) {
            arrays(changes, tokens, oldNode, newNode);
        } else if (patch == null) {
            changes.add(change(tokens, "remove", oldNode, null));
        } else if (oldNode == null) {
            changes.add(change(tokens, "add", null, newNode));
        } else if (!oldNode.equals(newNode)) {
            changes.add(change(tokens, "replace", oldNode, newNode));
        }
    }

    /** helm-diff's diffArrayNodes: element by element. */
    private static void arrays(List<Object> changes, List<String> tokens, Object oldNode, Object newNode) {
        List<?> olds = oldNode instanceof List<?> l ? l : List.of();
        List<?> news = newNode instanceof List<?> l ? l : List.of();
        for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
            List<String> next = with(tokens, Integer.toString(i));
            Object o = i < olds.size() ? olds.get(i) : null;
            Object n = i < news.size() ? news.get(i) : null;
            if (o != null && n != null) {
                if (o.equals(n)) {
                    continue;
                }
                if (scalar(o) && scalar(n)) {
                    changes.add(change(next, "replace", o, n));
                } else if (o instanceof Map<?, ?> om && n instanceof Map<?, ?> nm) {
                    Map<String, Object> sub = mergePatch(om, nm);
                    if (sub.isEmpty()) {
                        changes.add(change(next, "replace", o, n));
                    } else {
                        walk(changes, next, sub, o, n);
                    }
                } else if (o instanceof List<?> ol && n instanceof List<?> nl && ol.size() == nl.size()
                        && ol.stream().allMatch(x -> x instanceof Map) && nl.stream().allMatch(x -> x instanceof Map)) {
                    arrays(changes, next, o, n); // the plugin's array merge patch, walked as arrays
                } else {
                    throw new Unpatchable();
                }
            } else if (o != null) {
                changes.add(change(next, "remove", o, null));
            } else if (n != null) {
                changes.add(change(next, "add", null, n));
            }
        }
    }

    private static boolean scalar(Object v) {
        return v instanceof String || v instanceof Boolean || v instanceof Number;
    }

    private static List<String> with(List<String> tokens, String token) {
        List<String> out = new ArrayList<>(tokens);
        out.add(token);
        return out;
    }

    private static Map<String, Object> change(List<String> tokens, String change, Object oldValue, Object newValue) {
        GoJsonValue.Struct m = new GoJsonValue.Struct();
        if (!tokens.isEmpty()) {
            omitEmpty(m, "path", path(tokens.subList(0, tokens.size() - 1)));
            omitEmpty(m, "field", tokens.get(tokens.size() - 1));
        }
        m.put("change", change);
        if (oldValue != null) {
            m.put("oldValue", oldValue);
        }
        if (newValue != null) {
            m.put("newValue", newValue);
        }
        return m;
    }

    /** helm-diff's formatPath: names joined by dots, array indexes as {@code [i]} on the name before. */
    private static String path(List<String> tokens) {
        List<String> segments = new ArrayList<>();
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                if (segments.isEmpty()) {
                    segments.add("[" + t + "]");
                } else {
                    segments.set(segments.size() - 1, segments.get(segments.size() - 1) + "[" + t + "]");
                }
            } else {
                segments.add(t);
            }
        }
        return String.join(".", segments);
    }
}
