package io.helm4j.yaml;

import io.helm4j.gotemplate.GoObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BurntSushi/toml's Encoder as Helm's {@code toToml} uses it: per table, plain keys first and then
 * sub-tables, each group sorted; nested tables and their keys indented by two spaces per level;
 * a list whose elements are all maps becomes an array of tables; null values are left out. A
 * top-level value that is not a map is written as a bare TOML value ({@code [1, 2]}, {@code "s"}),
 * except an array of tables, which the encoder refuses.
 */
final class GoToml {
    private final StringBuilder out = new StringBuilder();

    private GoToml() {
    }

    static String write(Object value) {
        GoToml t = new GoToml();
        switch (value) {
            // the encoder reflects on the nil interface and panics; Helm reports the panic
            case null -> throw new YamlException("reflect: call of reflect.Value.Type on zero Value", -1);
            case Map<?, ?> m -> t.mapBody(new ArrayList<>(), m);
            case GoObject o when isStruct(o) -> t.structBody(new ArrayList<>(), o);
            default -> {
                if (isTable(value)) {
                    throw new YamlException("toml: top-level values must be Go maps or structs", -1);
                }
                t.element(value);
            }
        }
        return t.out.toString();
    }

    private void newline() {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    private static boolean isTable(Object v) {
        String t = tomlType(v);
        return "hash".equals(t) || "arrayHash".equals(t);
    }

    /**
     * tomlTypeOfGo: null for null; arrays are checked for null elements at every depth (an error
     * even where the array would be written inline) and are "arrayHash" when every element is a map.
     */
    private static String tomlType(Object v) {
        return switch (v) {
            case null -> null;
            case Map<?, ?> m -> "hash";
            case List<?> l -> {
                if (l.isEmpty()) {
                    yield "array";
                }
                String first = tomlType(l.get(0));
                if (first == null) {
                    throw new YamlException("toml: cannot encode array with nil element", -1);
                }
                boolean mixed = false;
                for (int i = 1; i < l.size(); i++) {
                    String t = tomlType(l.get(i));
                    if (t == null) {
                        throw new YamlException("toml: cannot encode array with nil element", -1);
                    }
                    mixed |= !t.equals(first);
                }
                yield !mixed && first.equals("hash") ? "arrayHash" : "array";
            }
            case String s -> "string";
            case Boolean b -> "bool";
            case GoTimeValue t -> "datetime";
            case byte[] b -> "array"; // of integers, so never an array of tables
            case GoObject o when isStruct(o) -> "hash";
            case GoJsonValue j -> "string"; // a TextMarshaler (*semver.Version)
            case Double d -> "float";
            case Float f -> "float";
            default -> "integer";
        };
    }

    private void mapBody(List<String> key, Map<?, ?> m) {
        List<String> direct = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (String k : GoJsonWriter.sortedKeys(m)) {
            (isTable(m.get(k)) ? sub : direct).add(k);
        }
        for (String k : direct) {
            encode(with(key, k), m.get(k));
        }
        for (String k : sub) {
            encode(with(key, k), m.get(k));
        }
    }

    private static List<String> with(List<String> key, String k) {
        List<String> l = new ArrayList<>(key);
        l.add(k);
        return l;
    }

    private void encode(List<String> key, Object v) {
        if (v == null || v instanceof GoNil) { // BurntSushi leaves nil values out
            return;
        }
        if (v instanceof Map<?, ?> || v instanceof GoObject o && isStruct(o)) {
            if (key.size() == 1) {
                newline();
            }
            out.append(indent(key)).append('[').append(keyString(key)).append(']');
            newline();
            tableBody(key, v);
        } else if (isTable(v)) {
            for (Object item : (List<?>) v) {
                if (item == null || item instanceof GoNil) {
                    continue;
                }
                newline();
                out.append(indent(key)).append("[[").append(keyString(key)).append("]]");
                newline();
                tableBody(key, item);
            }
        } else {
            out.append(indent(key)).append(quoteKey(key.get(key.size() - 1))).append(" = ");
            element(v);
            newline();
        }
    }

    private void element(Object v) {
        switch (v) {
            case String s -> quoted(s);
            case Boolean b -> out.append(b);
            case Long l -> out.append(l.longValue());
            case io.helm4j.gotemplate.GoInteger g -> out.append(g.type().signed() ? Long.toString(g.value())
                    : Long.toUnsignedString(g.value()));
            case Integer i -> out.append(i.intValue());
            case BigInteger b -> out.append(b);
            case Double d -> floating(d);
            case Float f -> floating(f.doubleValue());
            case GoTimeValue t -> out.append(tomlTime(t));
            case byte[] bytes -> {
                out.append('[');
                for (int i = 0; i < bytes.length; i++) {
                    out.append(i == 0 ? "" : ", ").append(bytes[i] & 0xFF);
                }
                out.append(']');
            }
            case GoObject o when "time.Duration".equals(o.goTypeName()) -> quoted(o.formatValue());
            case GoObject o when isStruct(o) -> inlineStruct(o);
            case GoJsonValue j when j.jsonValue() instanceof String text -> quoted(text);
            case Number n when n instanceof GoObject -> out.append(n.longValue()); // a named int: time.Month
            case List<?> l -> {
                tomlType(l);
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    element(l.get(i));
                    if (i != l.size() - 1) {
                        out.append(", ");
                    }
                }
                out.append(']');
            }
            case Map<?, ?> m -> inlineMap(m);
            default -> throw new YamlException("toml: unsupported type: " + v.getClass().getName(), -1);
        }
    }

    /** encoder.eElement of a time.Time: RFC 3339, or the local form of BurntSushi's own local locations. */
    private static String tomlTime(GoTimeValue t) {
        String s = t.rfc3339Nano();
        String local = t.localLocation();
        if (local == null || !s.endsWith("Z")) {
            return s;
        }
        return switch (local) {
            case "date-local" -> s.substring(0, s.indexOf('T'));
            case "time-local" -> s.substring(s.indexOf('T') + 1, s.length() - 1);
            default -> s.substring(0, s.length() - 1);
        };
    }

    /** A Go struct (Helm's, Sprig's certificate): its fields are a TOML table, as a map's keys are. */
    /** A struct encoded field by field: not a TextMarshaler ({@code *semver.Version}, whose JSON is its text). */
    private static boolean isStruct(GoObject o) {
        return o.structFields() != null && !GoYamlV3Writer.textMarshaler(o);
    }

    private void tableBody(List<String> key, Object table) {
        if (table instanceof Map<?, ?> m) {
            mapBody(key, m);
        } else {
            structBody(key, (GoObject) table);
        }
    }

    /**
     * encoder.eStruct: the exported fields (Helm's structs have no toml tags, so each under its Go name) in
     * declaration order, those that are not tables first; nil fields left out.
     */
    private void structBody(List<String> key, GoObject o) {
        List<Map.Entry<String, Object>> direct = new ArrayList<>();
        List<Map.Entry<String, Object>> sub = new ArrayList<>();
        for (Map.Entry<String, Object> f : o.structFields().entrySet()) {
            if (Character.isUpperCase(f.getKey().charAt(0))) {
                (isTable(f.getValue()) ? sub : direct).add(f);
            }
        }
        for (Map.Entry<String, Object> f : direct) {
            encode(with(key, f.getKey()), f.getValue());
        }
        for (Map.Entry<String, Object> f : sub) {
            encode(with(key, f.getKey()), f.getValue());
        }
    }

    /**
     * An inline struct as BurntSushi v1.6.0 writes it: after each field a comma unless the field's index among
     * all the struct's fields (unexported ones included) is the number of exported fields less one, so a
     * KubeVersion, whose second field is unexported, prints {@code {Version = "v1", Major = "1"Minor = "37", }}.
     */
    private void inlineStruct(GoObject o) {
        List<Map.Entry<String, Object>> direct = new ArrayList<>();
        List<Map.Entry<String, Object>> sub = new ArrayList<>();
        List<Integer> directIndex = new ArrayList<>();
        List<Integer> subIndex = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Object> f : o.structFields().entrySet()) {
            if (Character.isUpperCase(f.getKey().charAt(0))) {
                boolean table = isTable(f.getValue());
                (table ? sub : direct).add(f);
                (table ? subIndex : directIndex).add(index);
            }
            index++;
        }
        int total = direct.size() + sub.size();
        out.append('{');
        inlineFields(direct, directIndex, total);
        inlineFields(sub, subIndex, total);
        out.append('}');
    }

    private void inlineFields(List<Map.Entry<String, Object>> fields, List<Integer> indexes, int total) {
        for (int i = 0; i < fields.size(); i++) {
            Object v = fields.get(i).getValue();
            if (v == null || v instanceof GoNil) {
                continue;
            }
            out.append(quoteKey(fields.get(i).getKey())).append(" = ");
            element(v);
            if (indexes.get(i) != total - 1) {
                out.append(", ");
            }
        }
    }

    private void inlineMap(Map<?, ?> m) {
        List<String> direct = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (String k : GoJsonWriter.sortedKeys(m)) {
            (isTable(m.get(k)) ? sub : direct).add(k);
        }
        out.append('{');
        writeInline(m, direct, !sub.isEmpty());
        writeInline(m, sub, false);
        out.append('}');
    }

    private void writeInline(Map<?, ?> m, List<String> keys, boolean trailingComma) {
        for (int i = 0; i < keys.size(); i++) {
            Object v = m.get(keys.get(i));
            if (v == null || v instanceof GoNil) {
                continue;
            }
            out.append(quoteKey(keys.get(i))).append(" = ");
            element(v);
            if (trailingComma || i != keys.size() - 1) {
                out.append(", ");
            }
        }
    }

    private void floating(double d) {
        if (Double.isNaN(d)) {
            out.append("nan");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "+inf" : "-inf");
        } else {
            String f = GoFloat.formatG(d);
            out.append(f);
            if (f.indexOf('.') < 0 && f.indexOf('e') < 0) {
                out.append(".0");
            }
        }
    }

    private static String indent(List<String> key) {
        return "  ".repeat(key.size() - 1);
    }

    private static String keyString(List<String> key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(quoteKey(key.get(i)));
        }
        return b.toString();
    }

    /** A key part as BurntSushi writes it: bare when it can be, else a basic string. */
    static String quoteKey(String k) {
        boolean bare = !k.isEmpty();
        for (int i = 0; i < k.length() && bare; i++) {
            char c = k.charAt(i);
            bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        }
        if (bare) {
            return k;
        }
        StringBuilder b = new StringBuilder();
        appendQuoted(b, k);
        return b.toString();
    }

    private void quoted(String s) {
        appendQuoted(out, s);
    }

    private static void appendQuoted(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
