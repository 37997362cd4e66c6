package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.GoObject;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's encoding/json over the template value model: Marshal, MarshalIndent, Encoder without HTML escaping, Unmarshal. */
final class GoJson {
    private GoJson() {
    }

    /** A value that encoding/json rejects. */
    static final class JsonException extends RuntimeException {
        JsonException(String message) {
            super(message);
        }
    }

    static String encode(Object v, boolean escapeHtml, String indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, escapeHtml, indent, "");
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, boolean html, String indent, String prefix) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> string(sb, s, html);
            case Boolean b -> sb.append(b);
            case Integer i -> sb.append(i);
            case Long l -> sb.append(l);
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) {
                    throw new JsonException("json: unsupported value: " + GoFloat.format(d, 'g'));
                }
                sb.append(GoFloat.json(d));
            }
            case byte[] b -> sb.append('"').append(Base64.getEncoder().encodeToString(b)).append('"');
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                @SuppressWarnings("unchecked")
                List<String> keys = DictFunctions.sortedKeys((Map<String, Object>) m);
                sb.append('{');
                String inner = prefix + indent;
                boolean first = true;
                for (String k : keys) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    newline(sb, indent, inner);
                    string(sb, k, html);
                    sb.append(':');
                    if (!indent.isEmpty()) {
                        sb.append(' ');
                    }
                    write(sb, m.get(k), html, indent, inner);
                }
                newline(sb, indent, prefix);
                sb.append('}');
            }
            case List<?> l -> {
                if (l.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append('[');
                String inner = prefix + indent;
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    newline(sb, indent, inner);
                    write(sb, l.get(i), html, indent, inner);
                }
                newline(sb, indent, prefix);
                sb.append(']');
            }
            case GoTime t -> string(sb, t.format("2006-01-02T15:04:05.999999999Z07:00"), html);
            case GoObject o -> string(sb, GoValues.formatV(o), html);
            default -> string(sb, String.valueOf(v), html);
        }
    }

    private static void newline(StringBuilder sb, String indent, String prefix) {
        if (!indent.isEmpty()) {
            sb.append('\n').append(prefix);
        }
    }

    private static void string(StringBuilder sb, String s, boolean html) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || html && (c == '<' || c == '>' || c == '&') || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            sb.append("\\ufffd");
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** json.Unmarshal into interface{}: objects, lists, float64 numbers. */
    static Object decode(String text) {
        Parser p = new Parser(text);
        p.skipWs();
        Object v = p.value();
        p.skipWs();
        if (p.pos < text.length()) {
            throw p.invalid("after top-level value");
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipWs() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        JsonException eof() {
            return new JsonException("unexpected end of JSON input");
        }

        JsonException invalid(String context) {
            int c = pos < s.length() ? s.codePointAt(pos) : ' ';
            return new JsonException("invalid character " + quoteChar(c) + " " + context);
        }

        private static String quoteChar(int c) {
            if (c == '\'') {
                return "'\\''";
            }
            if (c == '"') {
                return "'\"'";
            }
            String q = GoText.quote(new String(Character.toChars(c)));
            return "'" + q.substring(1, q.length() - 1) + "'";
        }

        Object value() {
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    skipWs();
                    if (pos < s.length() && s.charAt(pos) == '}') {
                        pos++;
                        return m;
                    }
                    while (true) {
                        skipWs();
                        if (pos >= s.length()) {
                            throw eof();
                        }
                        if (s.charAt(pos) != '"') {
                            throw invalid("looking for beginning of object key string");
                        }
                        String k = string();
                        skipWs();
                        if (pos >= s.length()) {
                            throw eof();
                        }
                        if (s.charAt(pos) != ':') {
                            throw invalid("after object key");
                        }
                        pos++;
                        skipWs();
                        m.put(k, value());
                        skipWs();
                        if (pos >= s.length()) {
                            throw eof();
                        }
                        char n = s.charAt(pos);
                        if (n == ',') {
                            pos++;
                        } else if (n == '}') {
                            pos++;
                            return m;
                        } else {
                            throw invalid("after object key:value pair");
                        }
                    }
                }
                case '[' -> {
                    pos++;
                    List<Object> l = new ArrayList<>();
                    skipWs();
                    if (pos < s.length() && s.charAt(pos) == ']') {
                        pos++;
                        return l;
                    }
                    while (true) {
                        skipWs();
                        l.add(value());
                        skipWs();
                        if (pos >= s.length()) {
                            throw eof();
                        }
                        char n = s.charAt(pos);
                        if (n == ',') {
                            pos++;
                        } else if (n == ']') {
                            pos++;
                            return l;
                        } else {
                            throw invalid("after array element");
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number();
                    }
                    for (String lit : new String[] {"true", "false", "null"}) {
                        if (c == lit.charAt(0)) {
                            for (int i = 0; i < lit.length(); i++) {
                                if (pos >= s.length() || s.charAt(pos) != lit.charAt(i)) {
                                    throw invalid("in literal " + lit + " (expecting '" + lit.charAt(i) + "')");
                                }
                                pos++;
                            }
                            return lit.equals("null") ? null : Boolean.valueOf(lit);
                        }
                    }
                    throw invalid("looking for beginning of value");
                }
            }
        }

        private Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            if (pos >= s.length()) {
                throw invalid("in numeric literal");
            }
            if (s.charAt(pos) == '0') {
                pos++;
            } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                throw invalid("in numeric literal");
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                    throw invalid("after decimal point in numeric literal");
                }
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                    throw invalid("in exponent of numeric literal");
                }
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            String lit = s.substring(start, pos);
            double d = Double.parseDouble(lit);
            if (Double.isInfinite(d)) {
                throw new JsonException("json: cannot unmarshal number " + lit + " into Go value of type float64");
            }
            return d;
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw eof();
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw invalid("in string literal");
                }
                if (c == '\\') {
                    pos++;
                    if (pos >= s.length()) {
                        throw eof();
                    }
                    char e = s.charAt(pos);
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            for (int i = 1; i <= 4; i++) {
                                if (pos + i >= s.length()) {
                                    throw eof();
                                }
                                if (Character.digit(s.charAt(pos + i), 16) < 0) {
                                    pos += i;
                                    throw invalid("in \\u hexadecimal character escape");
                                }
                            }
                            sb.append((char) Integer.parseInt(s.substring(pos + 1, pos + 5), 16));
                            pos += 4;
                        }
                        default -> throw invalid("in string escape code");
                    }
                    pos++;
                    continue;
                }
                sb.append(c);
                pos++;
            }
        }
    }
}
