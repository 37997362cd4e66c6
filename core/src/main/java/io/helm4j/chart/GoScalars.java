package io.helm4j.chart;

import java.math.BigDecimal;
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
                || v instanceof BigInteger) {
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
        float f = (float) d;
        if (Float.isNaN(f)) {
            return "NaN";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        BigDecimal bd = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1;
        String sign = f < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                out.append('0');
            }
            return out.append(ae).toString();
        }
        return sign + bd.toPlainString();
    }
}
