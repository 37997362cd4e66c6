package io.helm4j.diff;

import io.helm4j.gostd.Strconv;
import io.helm4j.internal.json.JsonEquality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Field paths as the API server writes them ({@code .spec.template.spec.containers[name="web"].image}):
 * the fields that differ between two objects, and path patterns ({@code .webhooks[*].clientConfig.caBundle}).
 * List elements are named by their merge keys where Kubernetes has them (containers, env and volumes by
 * {@code name}, volume mounts by {@code mountPath}, ports by port and protocol), else by index.
 */
final class FieldPaths {
    private FieldPaths() {
    }

    /** The fields that differ, a whole added or removed subtree as one change. */
    static List<FieldChange> diff(Object before, Object after) {
        List<FieldChange> out = new ArrayList<>();
        diff("", before, after, out);
        return out;
    }

    private static void diff(String path, Object a, Object b, List<FieldChange> out) {
        if (JsonEquality.same(a, b)) {
            return;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<String> keys = new TreeSet<>();
            ma.keySet().forEach(k -> keys.add(String.valueOf(k)));
            mb.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String k : keys) {
                diff(path + "." + k, ma.get(k), mb.get(k), out);
            }
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            Map<String, Object> ea = elements(path, la);
            Map<String, Object> eb = elements(path, lb);
            if (ea != null && eb != null) {
                Set<String> keys = new LinkedHashSet<>(ea.keySet());
                keys.addAll(eb.keySet());
                for (String k : keys) {
                    diff(path + k, ea.get(k), eb.get(k), out);
                }
                return;
            }
        }
        out.add(new FieldChange(path.isEmpty() ? "." : path, a, b));
    }

    /** A list's elements by their path segment, or null when they cannot be named one by one. */
    static Map<String, Object> elements(String path, List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> keys = mergeKeys(path);
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            String seg = e instanceof Map<?, ?> m ? keySegment(m, keys) : null;
            if (seg == null || out.containsKey(seg)) {
                seg = "[" + i + "]";
            }
            out.put(seg, e);
        }
        return out;
    }

    private static List<String> mergeKeys(String path) {
        if (path.endsWith(".volumeMounts")) {
            return List.of("mountPath");
        }
        if (path.endsWith("containers.ports") || path.endsWith("Containers.ports")
                || path.matches(".*ontainers\\[[^\\]]*\\]\\.ports")) {
            return List.of("containerPort", "protocol");
        }
        if (path.equals(".spec.ports")) {
            return List.of("port", "protocol");
        }
        return List.of("name");
    }

    private static String keySegment(Map<?, ?> m, List<String> keys) {
        StringBuilder sb = new StringBuilder("[");
        for (String k : keys) {
            Object v = m.get(k);
            if (v == null) {
                if (k.equals("protocol")) {
                    continue; // defaulted to TCP by the server; absent in a manifest
                }
                return null;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(k).append('=').append(scalar(v));
        }
        return sb.append(']').toString();
    }

    /** A key value as field paths write it: strings quoted, whole numbers without a fraction. */
    static String scalar(Object v) {
        if (v instanceof String s) {
            return Strconv.quote(s);
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    /**
     * A path pattern: a path where {@code [*]} stands for any list element and {@code *} for any key.
     * It matches the path itself and every field below it.
     */
    static Predicate<String> pattern(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("[*]", i)) {
                re.append("\\[[^\\]]*\\]");
                i += 2;
            } else if (c == '*') {
                re.append("[^.\\[]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Pattern p = Pattern.compile(re + "(?:[.\\[].*)?");
        return path -> p.matcher(path).matches();
    }

    /**
     * {@code target} with every field that {@code keep} selects taken from {@code live} (removed where live
     * has none): what an apply sends so that it leaves those fields as they are.
     */
    @SuppressWarnings("unchecked")
    static Object overlay(String path, Object target, Object live, Predicate<String> keep) {
        if (keep.test(path.isEmpty() ? "." : path)) {
            return live;
        }
        if (target instanceof Map<?, ?> mt) {
            Map<String, Object> lm = live instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Map<String, Object> out = new LinkedHashMap<>();
            Set<String> keys = new LinkedHashSet<>();
            mt.keySet().forEach(k -> keys.add(String.valueOf(k)));
            keys.addAll(lm.keySet());
            for (String k : keys) {
                String child = path + "." + k;
                if (mt.containsKey(k)) {
                    Object v = overlay(child, mt.get(k), lm.get(k), keep);
                    if (v != null || !keep.test(child)) {
                        out.put(k, v);
                    }
                } else if (keep.test(child)) {
                    out.put(k, lm.get(k));
                }
            }
            return out;
        }
        if (target instanceof List<?> lt && live instanceof List<?> ll) {
            Map<String, Object> et = elements(path, lt);
            Map<String, Object> el = elements(path, ll);
            List<Object> out = new ArrayList<>();
            et.forEach((seg, v) -> out.add(overlay(path + seg, v, el.get(seg), keep)));
            return out;
        }
        return target;
    }
}
