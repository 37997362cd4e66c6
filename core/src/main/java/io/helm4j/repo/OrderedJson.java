package io.helm4j.repo;

import io.helm4j.yaml.GoYaml;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code json.MarshalIndent(v, "", "  ")} of a struct tree: maps are written in their own order
 * (a struct's fields; callers sort what Go holds as maps), scalars as Go's encoder writes them.
 */
final class OrderedJson {
    private OrderedJson() {
    }

    static String indent(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "");
        return b.toString();
    }

    private static void write(StringBuilder b, Object value, String indent) {
        String inner = indent + "  ";
        if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(inner).append(GoYaml.toJson(String.valueOf(e.getKey()))).append(": ");
                write(b, e.getValue(), inner);
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (value instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(inner);
                write(b, l.get(i), inner);
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else {
            b.append(GoYaml.toJson(value));
        }
    }
}
