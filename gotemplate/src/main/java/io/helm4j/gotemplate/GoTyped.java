package io.helm4j.gotemplate;

/**
 * A value that knows its Go type, for {@code %T} and error messages: a {@link GoObject}, or a list or map
 * whose Go type is not {@code []interface {}} or {@code map[string]interface {}} (Sprig's {@code []string}).
 * Such a value is not assignable to a parameter of the plain type, as in Go.
 */
public interface GoTyped {
    /** Go's type name, e.g. {@code "[]string"} or {@code "*chart.Metadata"}. */
    String goTypeName();

    /**
     * For a typed map: the zero value of its element type, which a missing key reads as with
     * {@code index} and under {@code missingkey=zero} ({@code ""} for {@code map[string]string}); null
     * for nil.
     */
    default Object zeroElement() {
        return null;
    }

    /**
     * Go's underlying type: the type itself, or for a named map type such as Helm's {@code common.Values}
     * {@code "map[string]interface {}"}, to which Go lets such a value be assigned.
     */
    default String underlyingTypeName() {
        return goTypeName();
    }

    /** This value converted to its underlying type (the same value when it has no other). */
    default Object asUnderlying() {
        return this;
    }
}
