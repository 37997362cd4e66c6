package io.helm4j.values;

import java.math.BigInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a values.schema.json into the Jackson tree the validator takes, the tree {@code JsonMapper.readTree}
 * builds (int, long and big-integer nodes by size, double nodes for fractions and exponents, a repeated key
 * keeping its first place and last value), without a {@code JsonMapper}: building one in a fresh JVM costs
 * tens of milliseconds (its default date format alone loads calendar and locale data), more than a whole
 * {@code helm template} of a small chart spends validating. Strict JSON only; anything else (and anything
 * near Jackson's limits) goes to {@code readTree}, so malformed schemas fail with Jackson's own message.
 */
final class SchemaJson {
    /** Deeper nesting, or a longer number, is left to Jackson and its limits. */
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER = 200;
    private static final int MAX_TEXT = 1 << 24;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String s;
    private int pos;
    private int depth;

    private SchemaJson(String s) {
        this.s = s;
    }

    /** Built only when a schema is not plain JSON this reader takes. */
    private static final class Fallback {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** The schema's tree, as {@code JsonMapper.readTree} reads it (its exception when it fails). */
    static JsonNode read(String text) {
        JsonNode tree = readPlain(text);
        return tree != null ? tree : Fallback.MAPPER.readTree(text);
    }

    /** The tree when this reader takes the text, else null. */
    static JsonNode readPlain(String text) {
        return text.length() > MAX_TEXT ? null : new SchemaJson(text).document();
    }

    /** The whole text as one value, or null when this reader declines it. */
    private JsonNode document() {
        skipWs();
        if (pos >= s.length()) {
            return null;
        }
        JsonNode v = value();
        if (v == null) {
            return null;
        }
        skipWs();
        return pos == s.length() ? v : null;
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private JsonNode value() {
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> {
                String str = string();
                yield str == null ? null : F.stringNode(str);
            }
            case 't' -> word("true") ? F.booleanNode(true) : null;
            case 'f' -> word("false") ? F.booleanNode(false) : null;
            case 'n' -> word("null") ? F.nullNode() : null;
            default -> c == '-' || (c >= '0' && c <= '9') ? number() : null;
        };
    }

    private boolean word(String w) {
        if (!s.startsWith(w, pos)) {
            return false;
        }
        pos += w.length();
        // Jackson reads "truex" as one bad token; leave anything glued to a literal to it
        return pos >= s.length() || !Character.isLetterOrDigit(s.charAt(pos)) && s.charAt(pos) != '_';
    }

    private JsonNode object() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        pos++;
        ObjectNode o = F.objectNode();
        skipWs();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            depth--;
            return o;
        }
        while (true) {
            skipWs();
            if (pos >= s.length() || s.charAt(pos) != '"') {
                return null;
            }
            String key = string();
            if (key == null) {
                return null;
            }
            skipWs();
            if (pos >= s.length() || s.charAt(pos) != ':') {
                return null;
            }
            pos++;
            skipWs();
            JsonNode v = value();
            if (v == null) {
                return null;
            }
            o.set(key, v);
            skipWs();
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos++);
            if (c == '}') {
                depth--;
                return o;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    private JsonNode array() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        pos++;
        ArrayNode a = F.arrayNode();
        skipWs();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            depth--;
            return a;
        }
        while (true) {
            skipWs();
            JsonNode v = value();
            if (v == null) {
                return null;
            }
            a.add(v);
            skipWs();
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos++);
            if (c == ']') {
                depth--;
                return a;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    /** The string starting at the opening quote; null when malformed. */
    private String string() {
        int start = ++pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                return null;
            }
            pos++;
        }
        StringBuilder b = new StringBuilder().append(s, start, pos);
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) {
                return null;
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
                    if (pos + 4 > s.length()) {
                        return null;
                    }
                    int cp = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(s.charAt(pos++), 16);
                        if (d < 0) {
                            return null;
                        }
                        cp = cp * 16 + d;
                    }
                    b.append((char) cp);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** A JSON number: an int, long or big-integer node by size, else a double node. */
    private JsonNode number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        int digits = digits();
        if (digits == 0 || digits > 1 && s.charAt(intStart) == '0') {
            return null;
        }
        boolean fraction = false;
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (digits() == 0) {
                return null;
            }
            fraction = true;
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                return null;
            }
            fraction = true;
        }
        if (pos - start > MAX_NUMBER || pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
            return null;
        }
        String text = s.substring(start, pos);
        if (fraction) {
            return F.numberNode(Double.parseDouble(text));
        }
        if (digits <= 9) {
            return F.numberNode(Integer.parseInt(text));
        }
        if (digits <= 18) {
            long l = Long.parseLong(text);
            return l == (int) l ? F.numberNode((int) l) : F.numberNode(l);
        }
        BigInteger big = new BigInteger(text);
        return big.bitLength() < 64 ? F.numberNode(big.longValue()) : F.numberNode(big);
    }

    private int digits() {
        int from = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos - from;
    }
}
