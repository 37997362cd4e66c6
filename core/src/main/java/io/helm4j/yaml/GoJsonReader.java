package io.helm4j.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's json.Unmarshal into interface{}: objects become LinkedHashMap (a repeated key keeps its
 * last value), arrays ArrayList, every number a Double. Errors carry Go's wording
 * ({@code invalid character 'x' looking for beginning of value}, {@code unexpected end of JSON input}).
 * {@link #readPrefix} reads as a json.Decoder does instead: one value from the start of a longer
 * text, with the Decoder's {@code unexpected EOF} where the text ends inside it.
 */
final class GoJsonReader {
    private final String s;
    private final boolean stream;
    private int pos;
    private YamlException typeError; // reported only once the whole text is known to be valid JSON

    /** encoding/json's maxNestingDepth. */
    static final int MAX_DEPTH = 10000;
    private int depth;

    private GoJsonReader(String s, boolean stream) {
        this.s = s;
        this.stream = stream;
    }

    /** json.Decoder.Decode of the value at the start of {@code text} (after white space); the end is a char offset. */
    static GoYaml.JsonPrefix readPrefix(String text) {
        GoJsonReader r = new GoJsonReader(text, true);
        r.skipWs();
        if (r.pos >= text.length()) {
            throw new YamlException("EOF", -1);
        }
        Object v = r.value();
        if (r.typeError != null) {
            throw r.typeError;
        }
        return new GoYaml.JsonPrefix(v, r.pos);
    }

    static Object read(String json) {
        GoJsonReader r = new GoJsonReader(json, false);
        r.skipWs();
        Object v = r.value();
        r.skipWs();
        if (r.pos < r.s.length()) {
            throw r.invalid("after top-level value");
        }
        if (r.typeError != null) {
            throw r.typeError;
        }
        return v;
    }

    private Object value() {
        if (pos >= s.length()) {
            throw eof();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{', '[' -> {
                // encoding/json's scanner refuses a container nested deeper than 10000
                if (++depth > MAX_DEPTH) {
                    throw invalid("exceeded max depth");
                }
                try {
                    return c == '{' ? object() : array();
                } finally {
                    depth--;
                }
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                literal("true");
                return Boolean.TRUE;
            }
            case 'f' -> {
                literal("false");
                return Boolean.FALSE;
            }
            case 'n' -> {
                literal("null");
                return null;
            }
            default -> {
                if (c == '-' || GoScalars.isDigit(c)) {
                    return number();
                }
                throw invalid("looking for beginning of value");
            }
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipWs();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipWs();
            if (peek() != '"') {
                throw pos >= s.length() ? eof() : invalid("looking for beginning of object key string");
            }
            String k = string();
            skipWs();
            if (peek() != ':') {
                throw pos >= s.length() ? eof() : invalid("after object key");
            }
            pos++;
            skipWs();
            m.put(k, value());
            skipWs();
            char c = peek();
            pos++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                pos--;
                throw pos >= s.length() ? eof() : invalid("after object key:value pair");
            }
        }
    }

    private List<Object> array() {
        List<Object> l = new GoSlice.Appended(); // encoding/json appends element by element
        pos++;
        skipWs();
        if (peek() == ']') {
            pos++;
            return l;
        }
        while (true) {
            skipWs();
            l.add(value());
            skipWs();
            char c = peek();
            pos++;
            if (c == ']') {
                return l;
            }
            if (c != ',') {
                pos--;
                throw pos >= s.length() ? eof() : invalid("after array element");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder b = null;
        int start = pos;
        while (true) {
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String out = b == null ? s.substring(start, pos) : b.append(s, start, pos).toString();
                pos++;
                return out;
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, start, pos);
                pos++;
                if (pos >= s.length()) {
                    throw eof();
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        int cp = 0;
                        for (int i = 0; i < 4; i++) {
                            char h = pos < s.length() ? s.charAt(pos) : ' ';
                            int d = h < 0x80 ? Character.digit(h, 16) : -1;
                            if (d < 0) {
                                throw invalid("in \\u hexadecimal character escape");
                            }
                            cp = cp * 16 + d;
                            pos++;
                        }
                        b.append((char) cp);
                    }
                    default -> {
                        pos--;
                        throw invalid("in string escape code");
                    }
                }
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (GoScalars.isDigit(peek())) {
            while (GoScalars.isDigit(peek())) {
                pos++;
            }
        } else {
            throw invalid("in numeric literal");
        }
        if (peek() == '.') {
            pos++;
            if (!GoScalars.isDigit(peek())) {
                throw invalid("after decimal point in numeric literal");
            }
            while (GoScalars.isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!GoScalars.isDigit(peek())) {
                throw invalid("in exponent of numeric literal");
            }
            while (GoScalars.isDigit(peek())) {
                pos++;
            }
        }
        String num = s.substring(start, pos);
        double d = Double.parseDouble(num);
        if (Double.isInfinite(d)) {
            if (typeError == null) {
                typeError = new YamlException("json: cannot unmarshal number " + num + " into Go value of type float64", -1);
            }
            return null;
        }
        return d;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length() || s.charAt(pos) != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private YamlException eof() {
        return new YamlException(stream ? "unexpected EOF" : "unexpected end of JSON input", -1);
    }

    /** Go's scanner error at the cursor; at the end of the text it has been fed a space, as scanner.eof does. */
    private YamlException invalid(String context) {
        if (stream && pos >= s.length()) {
            return eof();
        }
        int cp = pos < s.length() ? s.codePointAt(pos) : ' ';
        String q;
        if (cp == '\'') {
            q = "'\\''";
        } else if (cp == '"') {
            q = "'\"'";
        } else {
            // Go's scanner quotes the byte as a rune: string(c) of the first byte ("é" shows as 'Ã', "\xa9" as '©')
            int b = io.helm4j.gostd.GoStrings.bytes(new String(Character.toChars(cp)))[0] & 0xFF;
            String quoted = GoSyntax.quote(String.valueOf((char) b));
            q = "'" + quoted.substring(1, quoted.length() - 1) + "'";
        }
        return new YamlException("invalid character " + q + " " + context, -1);
    }
}
