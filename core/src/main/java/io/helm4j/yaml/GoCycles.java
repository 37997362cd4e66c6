package io.helm4j.yaml;

import io.helm4j.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * encoding/json's cycle check: past 1,000 nested maps and slices, a map or slice met again inside itself is
 * {@code json: unsupported value: encountered a cycle via TYPE}. A template can build such a value (Sprig's
 * {@code merge} of a map into one that holds it, {@code set $m "self" $m}). The writers call {@link #check} on
 * each container they enter at that depth, which walks it in json.Marshal's order and names the container Go
 * would name; values that deep are rare, and shallower ones are never walked twice.
 */
final class GoCycles {
    /**
     * encoding/json's startDetectingCyclesAfter: the containers above the first one Go remembers (measured against
     * Helm 4.3.2: in a map and a list holding each other, Go names the one the value starts with, so the container
     * entered below 1,000 others is the first remembered).
     */
    static final int START_DETECTING_AFTER = 1000;

    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    private int level = START_DETECTING_AFTER + 1;

    private GoCycles() {
    }

    /**
     * Fails as Go does when {@code container}, entered below {@code START_DETECTING_AFTER} others, holds a
     * cycle ({@code prefix} before Go's text, as sigs.k8s.io/yaml wraps it).
     */
    static void check(Object container, String prefix) {
        String type = new GoCycles().cycle(container);
        if (type != null) {
            throw new YamlException(prefix + "json: unsupported value: encountered a cycle via " + type, -1);
        }
    }
    /** The Go type of the first map or slice found inside itself, in json.Marshal's order; null when none. */
    private String cycle(Object v) {
        if (v instanceof GoJsonValue j) {
            return cycle(j.jsonValue());
        }
        if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
            return null;
        }
        boolean tracked = false;
        if (level++ > START_DETECTING_AFTER) {
            if (seen.containsKey(v)) {
                return GoFmt.typeName(v);
            }
            seen.put(v, Boolean.TRUE);
            tracked = true;
        }
        try {
            for (Object child : children(v)) {
                String found = cycle(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        } finally {
            level--;
            if (tracked) {
                seen.remove(v);
            }
        }
    }

    private static List<?> children(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        Map<?, ?> m = (Map<?, ?>) v;
        List<String> keys;
        try {
            keys = m instanceof GoJsonValue.Struct s ? new ArrayList<>(s.keySet()) : GoJsonWriter.sortedKeys(m);
        } catch (YamlException e) {
            return List.of(); // json.Marshal fails on the keys before it goes deeper
        }
        List<Object> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            out.add(m.get(k));
        }
        return out;
    }
}
