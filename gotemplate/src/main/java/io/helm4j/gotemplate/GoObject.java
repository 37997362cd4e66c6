package io.helm4j.gotemplate;

import java.util.List;

/**
 * A Go struct or named type seen from a template: fields and methods reached with {@code .Name},
 * without reflection. Maps ({@code java.util.Map}) and lists need no such wrapper.
 */
public interface GoObject extends GoTyped {
    /** Go's type name for errors and {@code %T}, e.g. {@code "*chart.Metadata"}. */
    @Override
    String goTypeName();

    /** True when {@code name} is a method (evaluated before fields, as in Go). */
    default boolean hasMethod(String name) {
        return false;
    }

    /** Calls method {@code name}; throw {@link FunctionArgumentException} for bad arguments. */
    default Object callMethod(String name, List<Object> args) {
        throw new FunctionArgumentException("can't evaluate method " + name + " in type " + goTypeName());
    }

    /**
     * The parameter types of method {@code name} as Go writes them ({@link Signature#parse}), so that the executor
     * checks the arguments' count and types before the call, as Go's {@code evalCall} does for methods too
     * ({@code .Files.Get 1}: "expected string; found 1"); null when the method checks its own arguments.
     */
    default String methodParams(String name) {
        return null;
    }

    /**
     * For a named integer type ({@code time.Duration}): a value of this type holding {@code v}, which {@code range}
     * yields as it counts up to this value (Go's range over an integer keeps the type); null for other types.
     */
    default Object namedInt(long v) {
        return null;
    }

    /** True when {@code name} is an exported field; a value with methods only has none. */
    default boolean hasField(String name) {
        return false;
    }

    /**
     * The value of field {@code name}. Null reads as Go's "no value": printing gives {@code <no value>} and
     * further field access gives no value again, which is how a nil map field behaves in Helm's templates.
     */
    default Object field(String name) {
        return null;
    }

    /**
     * For a Go struct without a {@code String} method that fmt would call (or a pointer to one, when
     * {@link #goTypeName} starts with {@code *}): its fields in declaration order, unexported ones included,
     * so that fmt prints each with the verb and flags ({@code %U}, {@code %.20v}, {@code %+v}, {@code %#v}) as
     * Go does. Null (the default): fmt prints {@link #formatValue} as a string.
     */
    default java.util.SequencedMap<String, Object> structFields() {
        return null;
    }

    /**
     * How {@code %v} prints this value; Go prints a struct as {@code {a b}}. Return null to let
     * the formatter use its default rendering.
     */
    default String formatValue() {
        return null;
    }

    /**
     * What text/template prints for this value when it differs from fmt's {@link #formatValue}: text/template
     * follows a pointer before printing, and calls a {@code String} method with a pointer receiver on a field
     * reached through a pointer (addressable), where fmt, given a copy, prints the struct. Null: no difference.
     */
    default String templateText() {
        return null;
    }

    /**
     * This value as a function returns it: a copy, whose address Go cannot take, so text/template prints it as
     * fmt does ({@link #formatValue}) and never through {@link #templateText}. The default is the value itself.
     */
    default GoObject unaddressable() {
        return this;
    }

    /**
     * True when fmt calls this value's {@code String} method ({@link #formatValue}) under {@code %v}, {@code %s},
     * {@code %q}, {@code %x}, {@code %X} although {@link #structFields} is given for {@code %#v}, which prints the
     * fields (a pointer with a String method, such as {@code *semver.Version}). The default: no such method.
     */
    default boolean stringer() {
        return false;
    }

    /**
     * What mitchellh/copystructure (Sprig's {@code deepCopy}) makes of this value: a value of the same Go type
     * whose exported fields are copied with {@code deepCopy} and whose unexported fields are zero (copystructure
     * cannot set them). The default is the value itself: an immutable value with exported fields only.
     */
    default Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
        return this;
    }
}
