package io.helm4j.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json decoding of one value into interface{} (objects become maps, numbers float64),
 * reading from a prefix of the input as json.Decoder does: the value ends where its grammar ends.
 */
final class GoJson {
    private final int[] in;
    private int pos;

    private GoJson(int[] in, int pos) {
        this.in = in;
        this.pos = pos;
    }

    /** A decoded value and the offset just past it. */
    record Decoded(Object value, int end) {
    }

    /** Decodes the value starting at {@code from} (after optional white space), like Decoder.Decode. */
    static Decoded decode(int[] in, int from) throws StrvalsParser.ParseError {
        GoJson j = new GoJson(in, from);
        j.skipSpace();
        if (j.pos >= in.length) {
            throw new StrvalsParser.ParseError("EOF", true);
        }
        Object v = j.value();
        return new Decoded(v, j.pos);
    }

    /** json.Unmarshal of a whole text: one value, then only white space. */
    static Object unmarshal(String text) throws StrvalsParser.ParseError {
        int[] cps = text.codePoints().toArray();
        GoJson j = new GoJson(cps, 0);
        j.skipSpace();
        if (j.pos >= cps.length) {
            throw new StrvalsParser.ParseError("unexpected end of JSON input", false);
        }
        Object v = j.value();
        j.skipSpace();
        if (j.pos < cps.length) {
            throw j.invalid("after top-level value");
        }
        return v;
    }

    private void skipSpace() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
            pos++;
        }
    }

    private StrvalsParser.ParseError invalid(String context) {
        if (pos >= in.length) {
            return new StrvalsParser.ParseError("unexpected EOF", false);
        }
        int c = in[pos];
        String shown = c == '\'' ? "'\\''" : c == '"' ? "'\"'" : "'" + new String(Character.toChars(c)) + "'";
        return new StrvalsParser.ParseError("invalid character " + shown + " " + context, false);
    }

    private Object value() throws StrvalsParser.ParseError {
        if (pos >= in.length) {
            throw invalid("looking for beginning of value");
        }
        int c = in[pos];
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw invalid("looking for beginning of value");
            }
        };
    }

    private Object literal(String word, Object result) throws StrvalsParser.ParseError {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length || in[pos] != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return result;
    }

    private Map<String, Object> object() throws StrvalsParser.ParseError {
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (pos < in.length && in[pos] == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (pos >= in.length || in[pos] != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (pos >= in.length || in[pos] != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipSpace();
            out.put(key, value());
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
            } else if (pos < in.length && in[pos] == '}') {
                pos++;
                return out;
            } else {
                throw invalid("after object key:value pair");
            }
        }
    }

    private List<Object> array() throws StrvalsParser.ParseError {
        pos++;
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (pos < in.length && in[pos] == ']') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            out.add(value());
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
            } else if (pos < in.length && in[pos] == ']') {
                pos++;
                return out;
            } else {
                throw invalid("after array element");
            }
        }
    }

    private String string() throws StrvalsParser.ParseError {
        pos++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= in.length) {
                throw invalid("in string literal");
            }
            int c = in[pos];
            if (c == '"') {
                pos++;
                return b.toString();
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c != '\\') {
                b.appendCodePoint(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= in.length) {
                throw invalid("in string escape code");
            }
            int e = in[pos++];
            switch (e) {
                case '"', '\\', '/' -> b.appendCodePoint(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> b.append(hex4());
                default -> {
                    pos--;
                    throw invalid("in string escape code");
                }
            }
        }
    }

    private char hex4() throws StrvalsParser.ParseError {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= in.length || Character.digit(in[pos], 16) < 0 || in[pos] > 'f') {
                throw invalid("in \\u hexadecimal character escape");
            }
            v = v * 16 + Character.digit(in[pos++], 16);
        }
        return (char) v;
    }

    private Object number() throws StrvalsParser.ParseError {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
            if (pos >= in.length || !digit(in[pos])) {
                throw invalid("in numeric literal");
            }
        }
        if (in[pos] == '0') {
            pos++;
        } else {
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        if (pos < in.length && in[pos] == '.') {
            pos++;
            if (pos >= in.length || !digit(in[pos])) {
                throw invalid("after decimal point in numeric literal");
            }
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (pos >= in.length || !digit(in[pos])) {
                throw invalid("in exponent of numeric literal");
            }
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        String text = new String(in, start, pos - start);
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw new StrvalsParser.ParseError("json: cannot unmarshal number " + text
                    + " into Go value of type float64", false);
        }
        return d;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
