package io.helm4j.yaml;

import io.helm4j.gostd.GoStrings;
import io.helm4j.gotemplate.GoObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * go-yaml v3's Encoder with {@code SetIndent(2)}, as Helm's {@code toYamlPretty} runs it: the value
 * is encoded directly, with no JSON round trip, so numbers keep their Go type (an int prints as an
 * integer, a float64 in Go's shortest 'g' form: {@code 1e+06}); map keys in v3's order; sequences
 * indented under their key; no folding of long lines.
 */
final class GoYamlV3Writer {
    private GoYamlV3Writer() {
    }

    static String write(Object value) {
        return new GoYamlEmitter(true).document(tree(value));
    }

    /**
     * The value as {@link GoYamlEmitter} takes it: sorted maps, lists, Plain and Tagged scalars and strings. Go
     * values that are neither maps, slices nor scalars as go-yaml v3's encoder reflects on them: a
     * {@code time.Duration} is its String, a {@code []byte} a sequence of its bytes (uint8), a struct a mapping of
     * its exported fields under their lower-cased names (Helm's structs have no yaml tags), a TextMarshaler
     * ({@code *semver.Version}) its text, a string that is not UTF-8 a {@code !!binary} base64 scalar.
     */
    /** A Go value with a MarshalText (its JSON form is that text), which encoders use before reflecting on it. */
    static boolean textMarshaler(Object o) {
        return o instanceof GoJsonValue j && j.jsonValue() instanceof String;
    }

    private static Object tree(Object v) {
        return switch (v) {
            case null -> GoYamlWriter.NULL;
            case String s -> string(s);
            case Boolean b -> b ? GoYamlWriter.TRUE : GoYamlWriter.FALSE;
            case Double d -> floating(d);
            case Float f -> floating(f.doubleValue());
            case Long l -> plain(l);
            case io.helm4j.gotemplate.GoInteger g -> new GoYamlWriter.Plain(g.type().signed()
                    ? Long.toString(g.value()) : Long.toUnsignedString(g.value()));
            case Integer i -> plain(i);
            case Short s -> plain(s);
            case Byte b -> plain(b);
            case BigInteger b -> plain(b);
            case GoTimeValue t -> new GoYamlWriter.Plain(t.rfc3339Nano());
            case byte[] bytes -> {
                List<Object> out = new ArrayList<>(bytes.length);
                for (byte x : bytes) {
                    out.add(new GoYamlWriter.Plain(Integer.toString(x & 0xFF)));
                }
                yield out;
            }
            case GoObject o when "time.Duration".equals(o.goTypeName()) -> string(o.formatValue());
            case Number n when n instanceof GoObject -> plain(n.longValue()); // another named int: time.Month
            case GoObject o when o.structFields() != null && !textMarshaler(o) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, Object> f : o.structFields().entrySet()) {
                    if (Character.isUpperCase(f.getKey().charAt(0))) { // an unexported field is left out
                        out.put(f.getKey().toLowerCase(Locale.ROOT), tree(f.getValue()));
                    }
                }
                yield out;
            }
            case GoJsonValue j -> tree(j.jsonValue());
            case Map<?, ?> m -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (String k : GoKeyOrder.sort(GoJsonWriter.sortedKeys(m), true)) {
                    out.put(string(k), tree(m.get(k)));
                }
                yield out;
            }
            case List<?> l -> {
                List<Object> out = new ArrayList<>(l.size());
                l.forEach(o -> out.add(tree(o)));
                yield out;
            }
            default -> throw new YamlException("yaml: cannot marshal type: " + v.getClass().getName(), -1);
        };
    }

    /** encoder.stringv: a string that is not UTF-8 is written as base64 under the {@code !!binary} tag. */
    private static Object string(String s) {
        if (GoStrings.hasBytes(s)) {
            return new GoYamlWriter.Tagged("!!binary", Base64.getEncoder().encodeToString(GoStrings.bytes(s)));
        }
        return s;
    }

    private static GoYamlWriter.Plain plain(Object integer) {
        return new GoYamlWriter.Plain(integer.toString());
    }

    private static GoYamlWriter.Plain floating(double d) {
        if (Double.isNaN(d)) {
            return new GoYamlWriter.Plain(".nan");
        }
        if (Double.isInfinite(d)) {
            return new GoYamlWriter.Plain(d > 0 ? ".inf" : "-.inf");
        }
        return new GoYamlWriter.Plain(GoFloat.formatG(d));
    }
}
