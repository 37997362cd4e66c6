package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

/** Sprig's defaults.go: default, empty, coalesce, all, any, ternary and the JSON functions. */
final class DefaultFunctions {
    private DefaultFunctions() {
    }

    static void register(FuncMap f) {
        f.putVariadic("default", 1, a -> a.length < 2 || GoValues.isEmpty(a[1]) ? a[0] : a[1]);
        f.put("empty", 1, a -> GoValues.isEmpty(a[0]));
        f.putVariadic("coalesce", 0, a -> {
            for (Object o : a) {
                if (!GoValues.isEmpty(o)) {
                    return o;
                }
            }
            return null;
        });
        f.putVariadic("all", 0, a -> {
            for (Object o : a) {
                if (GoValues.isEmpty(o)) {
                    return false;
                }
            }
            return true;
        });
        f.putVariadic("any", 0, a -> {
            for (Object o : a) {
                if (!GoValues.isEmpty(o)) {
                    return true;
                }
            }
            return false;
        });
        f.put("ternary", 3, a -> Args.bool(a[2]) ? a[0] : a[1]);
        f.put("fromJson", 1, a -> {
            try {
                return GoJson.decode(Args.str(a[0]));
            } catch (GoJson.JsonException e) {
                return null;
            }
        });
        f.put("mustFromJson", 1, a -> GoJson.decode(Args.str(a[0])));
        f.put("toJson", 1, a -> quiet(a[0], true, ""));
        f.put("mustToJson", 1, a -> GoJson.encode(a[0], true, ""));
        f.put("toPrettyJson", 1, a -> quiet(a[0], true, "  "));
        f.put("mustToPrettyJson", 1, a -> GoJson.encode(a[0], true, "  "));
        f.put("toRawJson", 1, a -> GoJson.encode(a[0], false, ""));
        f.put("mustToRawJson", 1, a -> GoJson.encode(a[0], false, ""));
    }

    private static String quiet(Object v, boolean html, String indent) {
        try {
            return GoJson.encode(v, html, indent);
        } catch (GoJson.JsonException e) {
            return "";
        }
    }
}
