package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoTyped;
import java.util.ArrayList;
import java.util.Collection;

/**
 * A Go slice whose element type is not {@code interface{}} ({@code []string}, {@code []int}): to the
 * template it is a plain list; {@code typeOf}, {@code deepEqual}, {@code %T} and argument type checks see its
 * Go type.
 */
final class TypedList extends ArrayList<Object> implements GoTyped {
    private final String goType;

    TypedList(String goType, Collection<?> elements) {
        super(elements);
        this.goType = goType;
    }

    static TypedList strings(Collection<String> elements) {
        return new TypedList("[]string", elements);
    }

    static TypedList ints(Collection<?> elements) {
        return new TypedList("[]int", elements);
    }

    String goType() {
        return goType;
    }

    @Override
    public String goTypeName() {
        return goType;
    }
}
