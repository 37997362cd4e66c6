package io.helm4j.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's json.Marshal of the template value model: object keys sorted, HTML characters and U+2028/U+2029
 * escaped, unpaired surrogates written as U+FFFD, floats in Go's form, integers as integers, byte
 * arrays in base64, times as RFC 3339 strings. Options as encoding/json has them: an indent
 * (MarshalIndent) and HTML escaping off (an Encoder with SetEscapeHTML(false)).
 */
final class GoJsonWriter {
    private static final String HEX = "0123456789abcdef";

    private final boolean escapeHtml;
    private final String indent;
    private int depth;

    private GoJsonWriter(boolean escapeHtml, String indent) {
        this.escapeHtml = escapeHtml;
        this.indent = indent;
    }

    /** json.Marshal. */
    static String write(Object value) {
        return new GoJsonWriter(true, null).run(value);
    }

    /** json.MarshalIndent(v, "", indent). */
    static String writeIndented(Object value, String indent) {
        return new GoJsonWriter(true, indent).run(value);
    }

    /** A json.Encoder with SetEscapeHTML(false), without the newline Encode appends. */
    static String writeRaw(Object value) {
        return new GoJsonWriter(false, null).run(value);
    }

    private String run(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value);
        return b.toString();
    }

    private void newline(StringBuilder b) {
        if (indent != null) {
            b.append('\n');
            for (int i = 0; i < depth; i++) {
                b.append(indent);
            }
        }
    }

    private void write(StringBuilder b, Object v) {
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s, escapeHtml);
        } else if (v instanceof Boolean bo) {
            b.append(bo ? "true" : "false");
        } else if (v instanceof Double d) {
            number(b, d);
        } else if (v instanceof Float f) {
            number(b, f.doubleValue());
        } else if (v instanceof Long l) {
            b.append(l.longValue());
        } else if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            b.append(g.value());
        } else if (v instanceof Integer i) {
            b.append(i.intValue());
        } else if (v instanceof Short s) {
            b.append(s.shortValue());
        } else if (v instanceof Byte by) {
            b.append(by.byteValue());
        } else if (v instanceof BigInteger bi) {
            b.append(bi);
        } else if (v instanceof BigDecimal bd) {
            number(b, bd.doubleValue());
        } else if (v instanceof GoNil) {
            b.append("null");
        } else if (v instanceof GoJsonValue j) {
            write(b, j.jsonValue());
        } else if (v instanceof Map<?, ?> m) {
            object(b, m);
        } else if (v instanceof List<?> l) {
            array(b, l);
        } else if (v instanceof Object[] arr) {
            array(b, List.of(arr));
        } else if (v instanceof Character c) {
            b.append((int) c.charValue());
        } else if (v instanceof byte[] bytes) {
            string(b, java.util.Base64.getEncoder().encodeToString(bytes), false);
        } else if (v instanceof GoTimeValue t) {
            string(b, t.jsonText(), escapeHtml);
        } else if (v instanceof Number n) {
            b.append(n.longValue()); // a named Go integer type, such as time.Duration
        } else {
            throw new YamlException("json: unsupported type: " + v.getClass().getName(), -1);
        }
    }

    private static void number(StringBuilder b, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new YamlException("json: unsupported value: " + GoFloat.formatG(d), -1);
        }
        b.append(GoFloat.formatJson(d));
    }

    private void object(StringBuilder b, Map<?, ?> m) {
        if (depth == GoCycles.START_DETECTING_AFTER) {
            GoCycles.check(m, "");
        }
        List<String> keys = m instanceof GoJsonValue.Struct ? new ArrayList<>(((GoJsonValue.Struct) m).keySet())
                : sortedKeys(m);
        b.append('{');
        depth++;
        boolean first = true;
        for (String k : keys) {
            if (!first) {
                b.append(',');
            }
            first = false;
            newline(b);
            string(b, k, escapeHtml);
            b.append(indent != null ? ": " : ":");
            write(b, m.get(k));
        }
        depth--;
        if (!keys.isEmpty()) {
            newline(b);
        }
        b.append('}');
    }

    @SuppressWarnings("unchecked")
    static List<String> sortedKeys(Map<?, ?> m) {
        List<String> keys = new ArrayList<>(m.size());
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw new YamlException("json: unsupported type: map with " + (k == null ? "nil" : k.getClass().getName())
                        + " keys", -1);
            }
            keys.add((String) k);
        }
        keys.sort(GoJsonWriter::compareCodePoints);
        return keys;
    }

    /** Byte order of the UTF-8 encodings, i.e. code point order. */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs == ys) {
                    return x - y;
                }
                return xs ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }

    private void array(StringBuilder b, List<?> l) {
        if (depth == GoCycles.START_DETECTING_AFTER) {
            GoCycles.check(l, "");
        }
        b.append('[');
        depth++;
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            newline(b);
            write(b, l.get(i));
        }
        depth--;
        if (!l.isEmpty()) {
            newline(b);
        }
        b.append(']');
    }

    static void string(StringBuilder b, String s, boolean escapeHtml) {
        b.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (c != '<' && c != '>' && c != '&' || !escapeHtml) && c < 0x2028) {
                b.append(c);
                continue;
            }
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || escapeHtml && (c == '<' || c == '>' || c == '&') || c == 0x2028 || c == 0x2029) {
                        b.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xF))
                                .append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append("\\ufffd");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
