package io.helm4j.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The value as {@link GoYamlEmitter} takes it: sorted maps, lists, Plain scalars and strings. */
    private static Object tree(Object v) {
        return switch (v) {
            case null -> GoYamlWriter.NULL;
            case String s -> s;
            case Boolean b -> b ? GoYamlWriter.TRUE : GoYamlWriter.FALSE;
            case Double d -> floating(d);
            case Float f -> floating(f.doubleValue());
            case Long l -> plain(l);
            case io.helm4j.gotemplate.GoInteger g -> plain(g.value());
            case Integer i -> plain(i);
            case Short s -> plain(s);
            case Byte b -> plain(b);
            case BigInteger b -> plain(b);
            case GoTimeValue t -> new GoYamlWriter.Plain(t.rfc3339Nano());
            case GoJsonValue j -> tree(j.jsonValue());
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (String k : GoKeyOrder.sort(GoJsonWriter.sortedKeys(m), true)) {
                    out.put(k, tree(m.get(k)));
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
