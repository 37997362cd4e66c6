package io.helm4j.values;

import io.helm4j.gostd.Strconv;
import io.helm4j.gotemplate.GoFmt;
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
        return "%!t(" + typeName(v) + "=" + GoFmt.formatValue(v) + ")";
    }
}
