package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's reflect.go: typeOf, typeIs, typeIsLike, kindOf, kindIs, deepEqual. */
final class ReflectFunctions implements Area {
    private ReflectFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new ReflectFunctions();
        f.put("typeOf", "interface {}", new Area.Named("typeOf", area));
        f.put("typeIs", "string, interface {}", new Area.Named("typeIs", area));
        f.put("typeIsLike", "string, interface {}", new Area.Named("typeIsLike", area));
        f.put("kindOf", "interface {}", new Area.Named("kindOf", area));
        f.put("kindIs", "string, interface {}", new Area.Named("kindIs", area));
        f.put("deepEqual", "interface {}, interface {}", new Area.Named("deepEqual", area));
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "typeOf" -> {
                return GoValues.typeName(a[0]);
            }
            case "typeIs" -> {
                return str(a[0]).equals(GoValues.typeName(a[1]));
            }
            case "typeIsLike" -> {
                String target = str(a[0]);
                String t = GoValues.typeName(a[1]);
                return target.equals(t) || ("*" + target).equals(t);
            }
            case "kindOf" -> {
                return GoValues.kindName(a[0]);
            }
            case "kindIs" -> {
                return str(a[0]).equals(GoValues.kindName(a[1]));
            }
            case "deepEqual" -> {
                return GoValues.deepEqual(a[0], a[1]);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
