package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.function.Function;

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

    /** Sprig's non-must encoders: "" where encoding/json fails. */
    private static String quiet(Function<Object, String> encoder, Object v) {
        try {
            return encoder.apply(v);
        } catch (YamlException e) {
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
                    return GoYaml.fromJson(Args.str(a[0]));
                } catch (YamlException e) {
                    return null;
                }
            }
            case "mustFromJson" -> {
                return GoYaml.fromJson(Args.str(a[0]));
            }
            case "toJson" -> {
                return quiet(GoYaml::toJson, a[0]);
            }
            case "mustToJson" -> {
                return GoYaml.toJson(a[0]);
            }
            case "toPrettyJson" -> {
                return quiet(GoYaml::toPrettyJson, a[0]);
            }
            case "mustToPrettyJson" -> {
                return GoYaml.toPrettyJson(a[0]);
            }
            case "toRawJson", "mustToRawJson" -> {
                // Sprig's toRawJson panics where encoding fails, as the must form returns the error
                return GoYaml.toRawJson(a[0]);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
