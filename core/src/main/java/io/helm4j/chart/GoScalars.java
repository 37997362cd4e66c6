package io.helm4j.chart;

import java.math.BigInteger;

/**
 * How sigs.k8s.io/yaml turns a YAML scalar into a string when the Go target is a string: integers
 * in decimal, booleans as {@code true}/{@code false}, floats with {@code strconv.FormatFloat(f, 'g',
 * -1, 32)}. The YAML reader hands numbers over as doubles, so an integral double below 1e15 is taken
 * to have been written as an integer.
 */
final class GoScalars {
    private GoScalars() {
    }

    /** The string form, or null when {@code v} is a mapping or a sequence. */
    static String asString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof io.helm4j.gotemplate.GoInteger) {
            return v.toString();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return formatFloat32(d);
        }
        if (v == null) {
            return "";
        }
        if (v instanceof java.util.Map<?, ?> || v instanceof java.util.List<?>) {
            return null;
        }
        return v.toString();
    }

    /** A mapping key as a string (sigs.k8s.io/yaml's yamlKeyToString). */
    static String keyString(Object k) {
        if (k instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.isNaN() ? ".nan" : d > 0 ? ".inf" : "-.inf";
        }
        String s = asString(k);
        return s == null ? String.valueOf(k) : s;
    }

    /** {@code strconv.FormatFloat(d, 'g', -1, 32)}. */
    static String formatFloat32(double d) {
        return io.helm4j.yaml.GoFloat.formatG32(d);
    }
}
