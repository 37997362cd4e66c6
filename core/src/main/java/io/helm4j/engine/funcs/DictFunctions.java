package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.helm4j.engine.funcs.Args.map;
import static io.helm4j.engine.funcs.Args.str;

/** Sprig's dict functions (dict.go). Go iterates maps randomly; here keys come out sorted. */
final class DictFunctions {
    private DictFunctions() {
    }

    static void register(FuncMap f) {
        f.putVariadic("dict", 0, DictFunctions::dict);
        f.put("get", 2, a -> {
            Map<String, Object> d = map(a[0]);
            String k = str(a[1]);
            return d != null && d.containsKey(k) ? d.get(k) : "";
        });
        f.put("set", 3, a -> {
            Map<String, Object> d = map(a[0]);
            String k = str(a[1]);
            if (d == null) {
                throw new IllegalStateException("assignment to entry in nil map");
            }
            d.put(k, a[2]);
            return d;
        });
        f.put("unset", 2, a -> {
            Map<String, Object> d = map(a[0]);
            String k = str(a[1]);
            if (d != null) {
                d.remove(k);
            }
            return d;
        });
        f.put("hasKey", 2, a -> {
            Map<String, Object> d = map(a[0]);
            String k = str(a[1]);
            return d != null && d.containsKey(k);
        });
        f.putVariadic("pluck", 1, a -> {
            String k = str(a[0]);
            List<Object> out = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                Map<String, Object> d = map(a[i]);
                if (d != null && d.containsKey(k)) {
                    out.add(d.get(k));
                }
            }
            return out;
        });
        f.putVariadic("keys", 0, a -> {
            List<Object> out = new ArrayList<>();
            for (Object o : a) {
                Map<String, Object> d = map(o);
                if (d != null) {
                    out.addAll(sortedKeys(d));
                }
            }
            return out;
        });
        f.put("values", 1, a -> {
            Map<String, Object> d = map(a[0]);
            List<Object> out = new ArrayList<>();
            if (d != null) {
                for (String k : sortedKeys(d)) {
                    out.add(d.get(k));
                }
            }
            return out;
        });
        f.putVariadic("pick", 1, a -> {
            Map<String, Object> d = map(a[0]);
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; i < a.length; i++) {
                String k = str(a[i]);
                if (d != null && d.containsKey(k)) {
                    out.put(k, d.get(k));
                }
            }
            return out;
        });
        f.putVariadic("omit", 1, a -> {
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
        });
        f.putVariadic("merge", 1, a -> merge(a, false));
        f.putVariadic("mustMerge", 1, a -> merge(a, false));
        f.putVariadic("mergeOverwrite", 1, a -> merge(a, true));
        f.putVariadic("mustMergeOverwrite", 1, a -> merge(a, true));
        f.putVariadic("dig", 0, DictFunctions::dig);
        f.put("deepCopy", 1, a -> deepCopy(a[0]));
        f.put("mustDeepCopy", 1, a -> deepCopy(a[0]));
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
        if (!(last instanceof Map<?, ?>)) {
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
            if (!(step instanceof Map<?, ?>)) {
                throw conversion(step, "map[string]interface {}");
            }
            d = (Map<String, Object>) step;
        }
    }

    private static IllegalStateException conversion(Object v, String want) {
        String got = v == null ? "nil" : GoValues.typeName(v);
        return new IllegalStateException("interface conversion: interface {} is " + got + ", not " + want);
    }

    /** copystructure.Copy for the template value model. */
    static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(deepCopy(x));
            }
            return out;
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        return v;
    }

    static Map<String, Object> sorted(Map<String, Object> m) {
        return new TreeMap<>(m);
    }
}
