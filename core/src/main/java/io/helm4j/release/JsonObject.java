package io.helm4j.release;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decoded JSON object read as Go's json.Unmarshal fills a struct: a key matches its field exactly
 * or, failing that, case-insensitively; {@code null} leaves the field at its zero value; a value of
 * the wrong JSON type is an error naming the field, as Go's {@code cannot unmarshal} is.
 */
final class JsonObject {
    private final Map<String, Object> map;
    private final String where;

    private JsonObject(Map<String, Object> map, String where) {
        this.map = map;
        this.where = where;
    }

    @SuppressWarnings("unchecked")
    static JsonObject of(Object value, String where) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw typeError(value, where, "object");
        }
        return new JsonObject((Map<String, Object>) m, where);
    }

    /** True when the key is present (even as null). */
    boolean has(String key) {
        return find(key) != Absent.ABSENT;
    }

    Set<String> keys() {
        return map.keySet();
    }

    Object raw(String key) {
        Object v = find(key);
        return v == Absent.ABSENT ? null : v;
    }

    String string(String key) {
        Object v = raw(key);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw typeError(v, where + "." + key, "string");
        }
        return s;
    }

    boolean bool(String key) {
        Object v = raw(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw typeError(v, where + "." + key, "bool");
        }
        return b;
    }

    int integer(String key) {
        Object v = raw(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Double d) || d != Math.rint(d) || Math.abs(d) > Long.MAX_VALUE) {
            throw typeError(v, where + "." + key, "int");
        }
        return (int) d.doubleValue();
    }

    JsonObject object(String key) {
        return of(raw(key), where + "." + key);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        JsonObject o = object(key);
        return o == null ? null : o.map;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw typeError(v, where + "." + key, "array");
        }
        return (List<Object>) l;
    }

    List<String> strings(String key) {
        List<Object> l = list(key);
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>(l.size());
        for (Object o : l) {
            if (o != null && !(o instanceof String)) {
                throw typeError(o, where + "." + key, "string");
            }
            out.add(o == null ? "" : (String) o);
        }
        return out;
    }

    /** Go's []byte: a base64 string, or null. */
    byte[] bytes(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw typeError(v, where + "." + key, "[]uint8");
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new ReleaseCodecException("illegal base64 data in " + where + "." + key, e);
        }
    }

    private Object find(String key) {
        if (map.containsKey(key)) {
            return map.get(key);
        }
        Object found = Absent.ABSENT;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                found = e.getValue();
            }
        }
        return found;
    }

    private static ReleaseCodecException typeError(Object v, String field, String goType) {
        String kind = switch (v) {
            case Map<?, ?> m -> "object";
            case List<?> l -> "array";
            case String s -> "string";
            case Boolean b -> "bool";
            case Double d -> "number " + io.helm4j.yaml.GoYaml.toJson(d);
            default -> v.getClass().getSimpleName();
        };
        return new ReleaseCodecException("json: cannot unmarshal " + kind + " into Go struct field " + field
                + " of type " + goType);
    }

    private enum Absent {
        ABSENT
    }
}
