package io.helm4j.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sigs.k8s.io/yaml Marshal: the value goes through Go's json.Marshal and back through go-yaml v2
 * (which re-types numbers: whole numbers print as integers, others in Go's 'g' form), then go-yaml v2's
 * encoder writes it. This class does the JSON round trip on the value tree; {@link GoYamlEmitter}
 * writes the text.
 */
final class GoYamlWriter {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A scalar go-yaml writes plain and unanalysed by the string rules: a number, bool or null. */
    record Plain(String text) {
    }

    /** A scalar written plain after its tag, as go-yaml v3 writes a string that is not UTF-8 ({@code !!binary}). */
    record Tagged(String tag, String text) {
    }

    static final Plain NULL = new Plain("null");
    static final Plain TRUE = new Plain("true");
    static final Plain FALSE = new Plain("false");

    private GoYamlWriter() {
    }

    static String write(Object value) {
        Object tree = normalize(value, 0);
        return new GoYamlEmitter().document(tree);
    }

    /** The value as go-yaml sees it after json.Marshal and yaml.Unmarshal: sorted maps, Plain, String. */
    /** {@code level}: the maps and lists around {@code v}, for encoding/json's cycle check ({@link GoCycles}). */
    static Object normalize(Object v, int level) {
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (v == null) {
            return NULL;
        }
        if (v instanceof String s) {
            return jsonRoundTrip(s);
        }
        if (v instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        if (v instanceof Double d) {
            return floatScalar(d);
        }
        if (v instanceof Float f) {
            return floatScalar(f.doubleValue());
        }
        if (v instanceof BigDecimal bd) {
            return floatScalar(bd.doubleValue());
        }
        if (v instanceof Long l) {
            return new Plain(Long.toString(l));
        }
        if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            return new Plain(Long.toString(g.value()));
        }
        if (v instanceof Integer i) {
            return new Plain(Integer.toString(i));
        }
        if (v instanceof Short s) {
            return new Plain(Short.toString(s));
        }
        if (v instanceof Byte b) {
            return new Plain(Byte.toString(b));
        }
        if (v instanceof BigInteger bi) {
            return integerText(bi.toString());
        }
        if (v instanceof Character c) {
            return new Plain(Integer.toString(c));
        }
        if (v instanceof GoNil) {
            return NULL;
        }
        if (v instanceof GoJsonValue j) {
            return normalize(j.jsonValue(), level);
        }
        if (v instanceof Map<?, ?> m) {
            if (level == GoCycles.START_DETECTING_AFTER) {
                GoCycles.check(m, "error marshaling into JSON: ");
            }
            List<String> keys = GoJsonWriter.sortedKeys(m);
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : GoKeyOrder.sort(keys)) {
                String key = jsonRoundTrip(k);
                if (k.indexOf('\u0085') >= 0) {
                    // a NEL inside a JSON key is a line break go-yaml will not accept in a simple key
                    throw new YamlException("error converting JSON to YAML: yaml: line 1: could not find expected ':'", 1);
                }
                out.put(key, normalize(m.get(k), level + 1));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            if (level == GoCycles.START_DETECTING_AFTER) {
                GoCycles.check(l, "error marshaling into JSON: ");
            }
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(normalize(o, level + 1));
            }
            return out;
        }
        if (v instanceof Object[] arr) {
            return normalize(List.of(arr), level);
        }
        if (v instanceof byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof GoTimeValue t) {
            try {
                return t.jsonText();
            } catch (YamlException e) {
                throw new YamlException("error marshaling into JSON: " + e.getMessage(), -1);
            }
        }
        if (v instanceof Number n) {
            return new Plain(Long.toString(n.longValue())); // a named Go integer type, such as time.Duration
        }
        throw new YamlException("error marshaling into JSON: json: unsupported type: "
                + v.getClass().getName(), -1);
    }

    private static Plain floatScalar(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new YamlException("error marshaling into JSON: json: unsupported value: " + GoFloat.formatG(d), -1);
        }
        String json = GoFloat.formatJson(d);
        if (json.indexOf('.') < 0 && json.indexOf('e') < 0) {
            return integerText(json);
        }
        return new Plain(GoFloat.formatG(d));
    }

    /** go-yaml's reading of a JSON integer: int64, else uint64, else a float64. */
    private static Plain integerText(String digits) {
        BigInteger b = new BigInteger(digits);
        if (b.compareTo(INT64_MIN) >= 0 && b.compareTo(UINT64_MAX) <= 0) {
            return new Plain(b.toString());
        }
        return new Plain(GoFloat.formatG(Double.parseDouble(digits)));
    }

    /**
     * A string as it comes back from go-yaml reading Go's JSON: unpaired surrogates became U+FFFD, and
     * a raw NEL (which Go's JSON does not escape) is a line break that the double-quoted scalar folds.
     * Characters go-yaml's reader refuses make Marshal fail.
     */
    static String jsonRoundTrip(String s) {
        int n = s.length();
        boolean clean = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 0x7F && c <= 0x9F) || c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
                clean = false;
                break;
            }
        }
        if (clean) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (c == 0x85) {
                i = foldNel(s, i, b);
            } else if ((c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                throw new YamlException("error converting JSON to YAML: yaml: control characters are not allowed", -1);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Double-quoted scalar folding at a NEL at i: blanks around the breaks vanish; one break is a space. */
    private static int foldNel(String s, int i, StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        int breaks = 0;
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == 0x85)) {
            if (s.charAt(j) == 0x85) {
                breaks++;
            }
            j++;
        }
        if (breaks == 1) {
            b.append(' ');
        } else {
            b.append("\n".repeat(breaks - 1));
        }
        return j - 1;
    }
}
