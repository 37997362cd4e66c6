package io.helm4j.fuzz;

/**
 * One generated case: a template made of {@code wrapper} with {@code E} standing for the expression,
 * rendered with values variant {@code values} (see {@link ChartWriter}).
 */
record FuzzCase(long seed, int index, String wrapper, Expr expr, int values) {
    /** The template's expression part, e.g. {@code {{ (list 1) | toJson }}}. */
    String body() {
        return wrapper.replace("E", expr.text(Generator.OPAQUE_WRAPPERS.contains(wrapper)));
    }

    String id() {
        return seed + ":" + index;
    }

    FuzzCase with(String w, Expr e) {
        return new FuzzCase(seed, index, w, e, values);
    }
}
