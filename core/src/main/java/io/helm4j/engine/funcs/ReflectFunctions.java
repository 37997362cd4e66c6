package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import static io.helm4j.engine.funcs.Args.str;

/** Sprig's reflect.go: typeOf, typeIs, typeIsLike, kindOf, kindIs, deepEqual. */
final class ReflectFunctions {
    private ReflectFunctions() {
    }

    static void register(FuncMap f) {
        f.put("typeOf", 1, a -> GoValues.typeName(a[0]));
        f.put("typeIs", 2, a -> str(a[0]).equals(GoValues.typeName(a[1])));
        f.put("typeIsLike", 2, a -> {
            String target = str(a[0]);
            String t = GoValues.typeName(a[1]);
            return target.equals(t) || ("*" + target).equals(t);
        });
        f.put("kindOf", 1, a -> GoValues.kindName(a[0]));
        f.put("kindIs", 2, a -> str(a[0]).equals(GoValues.kindName(a[1])));
        f.put("deepEqual", 2, a -> GoValues.deepEqual(a[0], a[1]));
    }
}
