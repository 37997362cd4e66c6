package io.helm4j.kube;

import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as client-go's unstructured decoding reads it: integers that fit an int64 become Long, other
 * numbers Double (Helm's own {@code fromJson} makes every number a float64; objects on the wire keep
 * their integers). Writing is Go's encoding/json without HTML escaping.
 */
public final class KubeJson {
    private final String s;
    private int pos;

    private KubeJson(String s) {
        this.s = s;
    }

    /** Decodes one JSON value; an error names the offset. */
    public static Object parse(String json) {
        KubeJson r = new KubeJson(json);
        r.ws();
        Object v = r.value();
        r.ws();
        if (r.pos != json.length()) {
            throw r.error("unexpected content after the value");
        }
        return v;
    }

    /** Decodes a JSON object into a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        if (parse(json) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("JSON: expected an object");
    }

    public static String write(Object value) {
        return GoYaml.toRawJson(value);
    }

    /**
     * A value read from YAML (where every number is a Double) as unstructured decoding has it: whole
     * numbers within the int64 range become Long.
     */
    public static Object integers(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 9.2e18) {
            return d.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), integers(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(integers(x)));
            return out;
        }
        return v;
    }

    private Object value() {
        if (pos >= s.length()) {
            throw error("unexpected end of JSON input");
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        ws();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String k = string();
            ws();
            expect(':');
            ws();
            m.put(k, value());
            ws();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return m;
            }
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        pos++;
        ws();
        if (peek() == ']') {
            pos++;
            return l;
        }
        while (true) {
            ws();
            l.add(value());
            ws();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return l;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder b = null;
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                String out = b == null ? s.substring(start, pos) : b.append(s, start, pos).toString();
                pos++;
                return out;
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, start, pos);
                pos++;
                b.append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
        throw error("unterminated string");
    }

    private char escape() {
        char e = s.charAt(pos++);
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> {
                char u = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                pos += 4;
                yield u;
            }
            default -> e;
        };
    }

    private Object number() {
        int start = pos;
        boolean integral = true;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '.' || c == 'e' || c == 'E') {
                integral = false;
            } else if (!(c == '-' || c == '+' || c >= '0' && c <= '9')) {
                break;
            }
            pos++;
        }
        String t = s.substring(start, pos);
        if (t.isEmpty()) {
            throw error("invalid character '" + s.charAt(pos) + "'");
        }
        if (integral) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException tooBig) {
                return Double.parseDouble(t);
            }
        }
        return Double.parseDouble(t);
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, pos)) {
            throw error("invalid literal");
        }
        pos += word.length();
        return v;
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end of JSON input");
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void ws() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
    }
}
