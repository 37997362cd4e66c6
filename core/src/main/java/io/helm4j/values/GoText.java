package io.helm4j.values;

import io.helm4j.gostd.Strconv;
import java.util.List;
import java.util.Map;

/** Go's formatting of runes and dynamic types, as they appear inside Helm's error messages (strings: {@link Strconv}). */
final class GoText {
    private GoText() {
    }

    /** Go's {@code %q} of a []rune: {@code ['a' 'b']}. */
    static String quoteRunes(int[] runes, int from, int to) {
        StringBuilder b = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(Strconv.quoteRune(runes[i], false));
        }
        return b.append(']').toString();
    }

    /** The Go type name of a value of the model, as {@code %T} or a failed interface conversion prints it. */
    static String typeName(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        if (v instanceof List<?>) {
            return "[]interface {}";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long || v instanceof Integer) {
            return "int64";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float64";
        }
        return v.getClass().getSimpleName();
    }

    /** Go's {@code %t} applied to a value that is not a bool: {@code %!t(string=foo)}. */
    static String badVerbT(Object v) {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v == null) {
            return "%!t(<nil>)";
        }
        return "%!t(" + typeName(v) + "=" + formatV(v) + ")";
    }

    /** Go's {@code %v} of a value of the model. */
    static String formatV(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("map[");
            java.util.List<String> keys = new java.util.ArrayList<>();
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            java.util.Collections.sort(keys);
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(keys.get(i)).append(':').append(formatV(m.get(keys.get(i))));
            }
            return b.append(']').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(formatV(l.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof Double d) {
            return formatFloat(d);
        }
        return String.valueOf(v);
    }

    /** Go's strconv.FormatFloat(f, 'g', -1, 64), which {@code %v} uses. */
    static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + bd.toPlainString();
    }
}
