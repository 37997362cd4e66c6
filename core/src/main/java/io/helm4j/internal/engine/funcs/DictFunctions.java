package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import io.helm4j.yaml.GoSlice;
import io.helm4j.yaml.GoStringMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.helm4j.internal.engine.funcs.Args.map;
import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's dict functions (dict.go). Go iterates maps randomly; here keys come out sorted. */
final class DictFunctions implements Area {
    private DictFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new DictFunctions();
        f.put("dict", "...interface {}", new Area.Named("dict", area));
        f.put("get", "map[string]interface {}, string", new Area.Named("get", area));
        f.put("set", "map[string]interface {}, string, interface {}", new Area.Named("set", area));
        f.put("unset", "map[string]interface {}, string", new Area.Named("unset", area));
        f.put("hasKey", "map[string]interface {}, string", new Area.Named("hasKey", area));
        f.put("pluck", "string, ...map[string]interface {}", new Area.Named("pluck", area));
        f.put("keys", "...map[string]interface {}", new Area.Named("keys", area));
        f.put("values", "map[string]interface {}", new Area.Named("values", area));
        f.put("pick", "map[string]interface {}, ...string", new Area.Named("pick", area));
        f.put("omit", "map[string]interface {}, ...string", new Area.Named("omit", area));
        f.put("merge", "map[string]interface {}, ...map[string]interface {}", new Area.Named("merge", area));
        f.put("mustMerge", "map[string]interface {}, ...map[string]interface {}", new Area.Named("mustMerge", area));
        f.put("mergeOverwrite", "map[string]interface {}, ...map[string]interface {}", new Area.Named("mergeOverwrite", area));
        f.put("mustMergeOverwrite", "map[string]interface {}, ...map[string]interface {}", new Area.Named("mustMergeOverwrite", area));
        f.put("dig", "...interface {}", new Area.Named("dig", area));
        f.put("deepCopy", "interface {}", new Area.Named("deepCopy", area));
        f.put("mustDeepCopy", "interface {}", new Area.Named("mustDeepCopy", area));
    }

    static List<String> sortedKeys(Map<String, Object> d) {
        List<String> keys = new ArrayList<>(d.keySet());
        keys.sort(StringFunctions::compareBytes);
        return keys;
    }

    private static Map<String, Object> dict(Object... a) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i += 2) {
            String key = GoValues.strval(a[i]);
            d.put(key, i + 1 < a.length ? a[i + 1] : "");
        }
        return d;
    }

    private static Object merge(Object[] a, boolean overwrite) {
        Map<String, Object> dst = map(a[0]);
        for (int i = 1; i < a.length; i++) {
            Map<String, Object> src = map(a[i]);
            if (src == null) {
                continue;
            }
            if (dst == null) {
                dst = new LinkedHashMap<>();
            }
            Mergo.merge(dst, src, overwrite);
        }
        return dst;
    }

    @SuppressWarnings("unchecked")
    private static Object dig(Object... a) {
        if (a.length < 3) {
            throw new IllegalStateException("dig needs at least three arguments");
        }
        Object last = a[a.length - 1];
        if (!isPlainMap(last)) {
            throw conversion(last, "map[string]interface {}");
        }
        Map<String, Object> d = (Map<String, Object>) last;
        Object def = a[a.length - 2];
        String[] keys = new String[a.length - 2];
        for (int i = 0; i < keys.length; i++) {
            if (!(a[i] instanceof String s)) {
                throw conversion(a[i], "string");
            }
            keys[i] = s;
        }
        for (int i = 0; ; i++) {
            if (!d.containsKey(keys[i])) {
                return def;
            }
            Object step = d.get(keys[i]);
            if (i == keys.length - 1) {
                return step;
            }
            if (!isPlainMap(step)) {
                throw conversion(step, "map[string]interface {}");
            }
            d = (Map<String, Object>) step;
        }
    }

    /**
     * Sprig's type assertion {@code .(map[string]interface{})}: a map of another Go type (Helm 4's common.Values,
     * Sprig's map[string]string) fails it, as the interface's dynamic type is not converted.
     */
    private static boolean isPlainMap(Object v) {
        return v instanceof Map<?, ?> && (!(v instanceof io.helm4j.gotemplate.GoTyped t)
            || t.goTypeName().equals("map[string]interface {}"));
    }

    private static IllegalStateException conversion(Object v, String want) {
        String got = v == null ? "nil" : GoValues.typeName(v);
        return new IllegalStateException("interface conversion: interface {} is " + got + ", not " + want);
    }

    /** copystructure.Copy for the template value model. */
    static Object deepCopy(Object v) {
        if (v instanceof io.helm4j.yaml.GoNil) {
            return v; // a nil slice copies as nil
        }
        if (v instanceof io.helm4j.gotemplate.GoObject o) {
            // structs, pointers and named types (engine.files, common.VersionSet) copy themselves
            return o.copyStructure(DictFunctions::deepCopy);
        }
        if (v instanceof Map<?, ?> m) {
            // copystructure keeps the Go type: common.Values, map[string]string
            Map<String, Object> out = v instanceof GoStringMap ? new GoStringMap() : new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, deepCopy(x)));
            return v instanceof CommonValues ? CommonValues.of(out) : out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(deepCopy(x));
            }
            // copystructure makes a slice of the same capacity, and copies only the elements within the length
            if (v instanceof GoSlice.Appended) {
                return new GoSlice.Appended(out);
            }
            GoSlice copy = v instanceof TypedList t ? new TypedList(t.goType(), out)
                    : v instanceof GoSlice ? new GoSlice(out) : null;
            return copy == null ? out : copy.withCapacity(((GoSlice) v).goCap(), null);
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        return v;
    }

    static Map<String, Object> sorted(Map<String, Object> m) {
        return new TreeMap<>(m);
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "get" -> {
                Map<String, Object> d = map(a[0]);
                String k = str(a[1]);
                return d != null && d.containsKey(k) ? d.get(k) : "";
            }
            case "set" -> {
                Map<String, Object> d = map(a[0]);
                String k = str(a[1]);
                if (d == null) {
                    throw new IllegalStateException("assignment to entry in nil map");
                }
                d.put(k, a[2]);
                return d;
            }
            case "unset" -> {
                Map<String, Object> d = map(a[0]);
                String k = str(a[1]);
                if (d != null) {
                    d.remove(k);
                }
                return d;
            }
            case "hasKey" -> {
                Map<String, Object> d = map(a[0]);
                String k = str(a[1]);
                return d != null && d.containsKey(k);
            }
            case "pluck" -> {
                String k = str(a[0]);
                List<Object> out = new io.helm4j.yaml.GoSlice.Appended();
                for (int i = 1; i < a.length; i++) {
                    Map<String, Object> d = map(a[i]);
                    if (d != null && d.containsKey(k)) {
                        out.add(d.get(k));
                    }
                }
                return out;
            }
            case "keys" -> {
                List<String> out = new ArrayList<>();
                for (Object o : a) {
                    Map<String, Object> d = map(o);
                    if (d != null) {
                        out.addAll(sortedKeys(d));
                    }
                }
                return TypedList.strings(out).appended(io.helm4j.yaml.GoGrowth.INTERFACE, true);
            }
            case "values" -> {
                Map<String, Object> d = map(a[0]);
                List<Object> out = new io.helm4j.yaml.GoSlice.Appended();
                if (d != null) {
                    for (String k : sortedKeys(d)) {
                        out.add(d.get(k));
                    }
                }
                return out;
            }
            case "pick" -> {
                Map<String, Object> d = map(a[0]);
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 1; i < a.length; i++) {
                    String k = str(a[i]);
                    if (d != null && d.containsKey(k)) {
                        out.put(k, d.get(k));
                    }
                }
                return out;
            }
            case "omit" -> {
                Map<String, Object> d = map(a[0]);
                List<String> omit = new ArrayList<>();
                for (int i = 1; i < a.length; i++) {
                    omit.add(str(a[i]));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                if (d != null) {
                    d.forEach((k, v) -> {
                        if (!omit.contains(k)) {
                            out.put(k, v);
                        }
                    });
                }
                return out;
            }
            case "merge" -> {
                return merge(a, false);
            }
            case "mustMerge" -> {
                return merge(a, false);
            }
            case "mergeOverwrite" -> {
                return merge(a, true);
            }
            case "mustMergeOverwrite" -> {
                return merge(a, true);
            }
            case "deepCopy", "mustDeepCopy" -> {
                if (a[0] == null) {
                    // copystructure.Copy(nil) panics in reflect; text/template reports the panic
                    throw new IllegalArgumentException("reflect: call of reflect.Value.Type on zero Value");
                }
                return deepCopy(a[0]);
            }
            case "dict" -> {
                return dict(a);
            }
            case "dig" -> {
                return dig(a);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
