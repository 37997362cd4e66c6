package io.helm4j.values;

import java.util.List;
import java.util.Map;

/** Go's formatting of strings, runes and dynamic types, as they appear inside Helm's error messages. */
final class GoText {
    private GoText() {
    }

    /** Go's {@code %q} of a string (strconv.Quote). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> appendEscaped(b, cp, '"'));
        return b.append('"').toString();
    }

    /** Go's {@code %q} of a []rune: {@code ['a' 'b']}. */
    static String quoteRunes(int[] runes, int from, int to) {
        StringBuilder b = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append('\'');
            appendEscaped(b, runes[i], '\'');
            b.append('\'');
        }
        return b.append(']').toString();
    }

    private static void appendEscaped(StringBuilder b, int cp, char quote) {
        switch (cp) {
            case 7 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 11 -> b.append("\\v");
            case '\\' -> b.append("\\\\");
            default -> {
                if (cp == quote) {
                    b.append('\\').appendCodePoint(cp);
                } else if (cp < 0x20 || cp == 0x7f) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp < 0x80 || isPrintable(cp)) {
                    b.appendCodePoint(cp);
                } else if (cp < 0x10000) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
            }
        }
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
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

    /** Go's unicode.IsSpace. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
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
