package io.helm4j.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What Helm's {@code toToml} prints: BurntSushi/toml's encoder over the template value model. */
final class TomlEncoder {
    private static final String INDENT = "  ";
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_-]+");

    private final StringBuilder out = new StringBuilder();

    private TomlEncoder() {
    }

    /** The TOML text, or the encoder's error message as Helm returns it. */
    static String encode(Object value) {
        TomlEncoder e = new TomlEncoder();
        try {
            if (value instanceof Map<?, ?> m) {
                e.map(List.of(), m);
            } else if (value != null) {
                e.element(value);
            }
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        return e.out.toString();
    }

    private void newline() {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    private void map(List<String> key, Map<?, ?> m) {
        List<String> direct = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            (isTable(e.getValue()) ? sub : direct).add(String.valueOf(e.getKey()));
        }
        Collections.sort(direct);
        Collections.sort(sub);
        for (String k : direct) {
            encode(add(key, k), m.get(k));
        }
        for (String k : sub) {
            encode(add(key, k), m.get(k));
        }
    }

    private static List<String> add(List<String> key, String k) {
        List<String> l = new ArrayList<>(key);
        l.add(k);
        return l;
    }

    private static boolean isTable(Object v) {
        return v instanceof Map<?, ?> || isTableArray(v);
    }

    private static boolean isTableArray(Object v) {
        if (!(v instanceof List<?> l) || l.isEmpty()) {
            return false;
        }
        for (Object o : l) {
            if (!(o instanceof Map<?, ?>)) {
                return false;
            }
        }
        return true;
    }

    private void encode(List<String> key, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            if (key.size() == 1) {
                newline();
            }
            out.append(indent(key)).append('[').append(keyString(key)).append(']');
            newline();
            map(key, m);
        } else if (isTableArray(v)) {
            for (Object o : (List<?>) v) {
                newline();
                out.append(indent(key)).append("[[").append(keyString(key)).append("]]");
                newline();
                map(key, (Map<?, ?>) o);
            }
        } else {
            out.append(indent(key)).append(quoteKey(key.get(key.size() - 1))).append(" = ");
            element(v);
            newline();
        }
    }

    private void element(Object v) {
        switch (v) {
            case String s -> out.append(quote(s));
            case Boolean b -> out.append(b);
            case Long l -> out.append(l);
            case Integer i -> out.append(i);
            case Double d -> out.append(floatString(d));
            case Float f -> out.append(floatString(f.doubleValue()));
            case List<?> l -> {
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (l.get(i) == null) {
                        throw new IllegalArgumentException("toml: cannot encode array with nil element");
                    }
                    if (i > 0) {
                        out.append(", ");
                    }
                    element(l.get(i));
                }
                out.append(']');
            }
            case Map<?, ?> m -> {
                out.append('{');
                List<String> keys = new ArrayList<>();
                m.keySet().forEach(k -> keys.add(String.valueOf(k)));
                Collections.sort(keys);
                boolean first = true;
                for (String k : keys) {
                    if (m.get(k) == null) {
                        continue;
                    }
                    out.append(first ? "" : ", ").append(quoteKey(k)).append(" = ");
                    element(m.get(k));
                    first = false;
                }
                out.append('}');
            }
            default -> out.append(quote(String.valueOf(v)));
        }
    }

    private static String floatString(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = io.helm4j.gotemplate.GoFmt.formatFloat(d, 'g', -1);
        return s.contains(".") || s.contains("e") ? s : s + ".0";
    }

    private static String indent(List<String> key) {
        return INDENT.repeat(Math.max(0, key.size() - 1));
    }

    private static String keyString(List<String> key) {
        List<String> parts = new ArrayList<>();
        key.forEach(k -> parts.add(quoteKey(k)));
        return String.join(".", parts);
    }

    private static String quoteKey(String k) {
        return BARE.matcher(k).matches() ? k : quote(k);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
