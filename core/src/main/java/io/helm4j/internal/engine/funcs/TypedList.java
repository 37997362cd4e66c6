package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoTyped;
import io.helm4j.yaml.GoSlice;
import java.util.Collection;

/**
 * A Go slice whose element type is not {@code interface{}} ({@code []string}, {@code []int}): to the
 * template it is a plain list; {@code typeOf}, {@code deepEqual}, {@code %T} and argument type checks see its
 * Go type.
 */
class TypedList extends GoSlice implements GoTyped {
    private final String goType;

    TypedList(String goType, Collection<?> elements) {
        super(elements);
        this.goType = goType;
    }

    /** A nil slice of the given Go type, such as regexp's FindAllString returns when nothing matches. */
    static TypedList nil(String goType) {
        return new Nil(goType);
    }

    /** A Go nil slice: empty, but {@code null} to toJson and toYaml. */
    private static final class Nil extends TypedList implements io.helm4j.yaml.GoNil {
        Nil(String goType) {
            super(goType, java.util.List.of());
        }
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

    /** The zero value of the element type, what {@code slice} reads past the length. */
    @Override
    public Object zero() {
        return switch (goType) {
            case "[]string" -> "";
            case "[]int" -> 0;
            case "[][]interface {}" -> io.helm4j.yaml.GoNil.list();
            default -> null;
        };
    }

    /** This list with the capacity Go's append leaves after appending its elements one at a time. */
    TypedList appended(int elemSize, boolean pointers) {
        withCapacity(io.helm4j.yaml.GoGrowth.appendedCap(0, size(), elemSize, pointers), null);
        return this;
    }

    @Override
    public String goTypeName() {
        return goType;
    }
}
