package io.helm4j.gotemplate;

/**
 * Go's {@code fmt} package over the template value model (see {@link Template}): {@code Sprintf},
 * {@code Sprint}, {@code Sprintln}, and the helpers around them.
 */
public final class GoFmt {
    // STUB: the fmt implementation replaces these bodies.

    private GoFmt() {
    }

    /** {@code fmt.Sprintf}. */
    public static String sprintf(String format, Object... args) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** {@code fmt.Sprint}: spaces between operands when neither side is a string. */
    public static String sprint(Object... args) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** {@code fmt.Sprintln}: spaces always, newline appended. */
    public static String sprintln(Object... args) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** {@code fmt.Sprint(v)} of one value, i.e. {@code %v}: what {@code {{ .x }}} prints. */
    public static String formatValue(Object value) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** {@code strconv.FormatFloat(f, fmt, prec, 64)}, e.g. ('g', -1) gives Go's shortest form {@code 1e+06}. */
    public static String formatFloat(double f, char fmt, int prec) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Go's type name of a value as {@code %T} prints it: {@code string}, {@code int64}, {@code float64},
     * {@code map[string]interface {}}, {@code []interface {}}, {@code <nil>}, ... */
    public static String typeName(Object value) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
