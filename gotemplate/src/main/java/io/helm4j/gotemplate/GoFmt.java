package io.helm4j.gotemplate;

/**
 * Go's {@code fmt} package over the template value model (see {@link Template}): {@code Sprintf},
 * {@code Sprint}, {@code Sprintln}, and the helpers around them.
 */
public final class GoFmt {
    private GoFmt() {
    }

    /** {@code fmt.Sprintf}. */
    public static String sprintf(String format, Object... args) {
        return FormatParser.sprintf(format, args == null ? new Object[] {null} : args);
    }

    /** {@code fmt.Sprint}: spaces between operands when neither side is a string. */
    public static String sprint(Object... args) {
        if (args == null) {
            args = new Object[] {null};
        }
        Printer p = new Printer();
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            boolean isString = args[i] instanceof String;
            if (i > 0 && !isString && !prevString) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
            prevString = isString;
        }
        return p.toString();
    }

    /** {@code fmt.Sprintln}: spaces always, newline appended. */
    public static String sprintln(Object... args) {
        if (args == null) {
            args = new Object[] {null};
        }
        Printer p = new Printer();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
        }
        return p.buf.append('\n').toString();
    }

    /** {@code fmt.Sprint(v)} of one value, i.e. {@code %v}: what {@code {{ .x }}} prints. */
    public static String formatValue(Object value) {
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return FloatFormat.format(d, 'g', -1, 64);
        }
        Printer p = new Printer();
        p.printArg(value, 'v');
        return p.toString();
    }

    /** {@code strconv.FormatFloat(f, fmt, prec, 64)}, e.g. ('g', -1) gives Go's shortest form {@code 1e+06}. */
    public static String formatFloat(double f, char fmt, int prec) {
        return FloatFormat.format(f, fmt, prec, 64);
    }

    /** Go's type name of a value as {@code %T} prints it: {@code string}, {@code int64}, {@code float64},
     * {@code map[string]interface {}}, {@code []interface {}}, {@code <nil>}, ... */
    public static String typeName(Object value) {
        return GoTypes.typeName(value);
    }
}
