package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

/** Sprig's defaults.go: default, empty, coalesce, all, any, ternary and the JSON functions. */
final class DefaultFunctions implements Area {
    private DefaultFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new DefaultFunctions();
        f.put("default", "interface {}, ...interface {}", new Area.Named("default", area));
        f.put("empty", "interface {}", new Area.Named("empty", area));
        f.put("coalesce", "...interface {}", new Area.Named("coalesce", area));
        f.put("all", "...interface {}", new Area.Named("all", area));
        f.put("any", "...interface {}", new Area.Named("any", area));
        f.put("ternary", "interface {}, interface {}, bool", new Area.Named("ternary", area));
        f.put("fromJson", "string", new Area.Named("fromJson", area));
        f.put("mustFromJson", "string", new Area.Named("mustFromJson", area));
        f.put("toJson", "interface {}", new Area.Named("toJson", area));
        f.put("mustToJson", "interface {}", new Area.Named("mustToJson", area));
        f.put("toPrettyJson", "interface {}", new Area.Named("toPrettyJson", area));
        f.put("mustToPrettyJson", "interface {}", new Area.Named("mustToPrettyJson", area));
        f.put("toRawJson", "interface {}", new Area.Named("toRawJson", area));
        f.put("mustToRawJson", "interface {}", new Area.Named("mustToRawJson", area));
    }

    private static String quiet(Object v, boolean html, String indent) {
        try {
            return GoJson.encode(v, html, indent);
        } catch (GoJson.JsonException e) {
            return "";
        }
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "default" -> {
                return a.length < 2 || GoValues.isEmpty(a[1]) ? a[0] : a[1];
            }
            case "empty" -> {
                return GoValues.isEmpty(a[0]);
            }
            case "coalesce" -> {
                for (Object o : a) {
                    if (!GoValues.isEmpty(o)) {
                        return o;
                    }
                }
                return null;
            }
            case "all" -> {
                for (Object o : a) {
                    if (GoValues.isEmpty(o)) {
                        return false;
                    }
                }
                return true;
            }
            case "any" -> {
                for (Object o : a) {
                    if (!GoValues.isEmpty(o)) {
                        return true;
                    }
                }
                return false;
            }
            case "ternary" -> {
                return Args.bool(a[2]) ? a[0] : a[1];
            }
            case "fromJson" -> {
                try {
                    return GoJson.decode(Args.str(a[0]));
                } catch (GoJson.JsonException e) {
                    return null;
                }
            }
            case "mustFromJson" -> {
                return GoJson.decode(Args.str(a[0]));
            }
            case "toJson" -> {
                return quiet(a[0], true, "");
            }
            case "mustToJson" -> {
                return GoJson.encode(a[0], true, "");
            }
            case "toPrettyJson" -> {
                return quiet(a[0], true, "  ");
            }
            case "mustToPrettyJson" -> {
                return GoJson.encode(a[0], true, "  ");
            }
            case "toRawJson" -> {
                return GoJson.encode(a[0], false, "");
            }
            case "mustToRawJson" -> {
                return GoJson.encode(a[0], false, "");
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
