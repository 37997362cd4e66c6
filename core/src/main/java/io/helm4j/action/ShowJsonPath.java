package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.gotemplate.GoFmt;
import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code helm show values --jsonpath}: the part of Kubernetes' JSONPath that selects values: literal
 * text, and in braces {@code .field}, {@code ['field']}, {@code [n]} (negative from the end) and
 * {@code [*]}. Results print as Kubernetes prints them: maps and lists as JSON, scalars as Go's
 * {@code %v}, several results separated by a space. As in Helm, a path that finds nothing ends the
 * output silently.
 */
final class ShowJsonPath {
    private ShowJsonPath() {
    }

    static String render(String template, Object data) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new Helm4jException("error parsing jsonpath " + template + ", unclosed action");
            }
            List<Object> results;
            try {
                results = evaluate(template.substring(open + 1, close).strip(), data, template);
            } catch (NotFound e) {
                return out.toString();
            }
            for (int r = 0; r < results.size(); r++) {
                out.append(print(results.get(r)));
                if (r != results.size() - 1) {
                    out.append(' ');
                }
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static List<Object> evaluate(String expr, Object data, String template) {
        List<Object> current = new ArrayList<>();
        current.add(data);
        int i = 0;
        if (expr.startsWith("$")) {
            i = 1;
        }
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < expr.length() && expr.charAt(end) != '.' && expr.charAt(end) != '[') {
                    end++;
                }
                String field = expr.substring(i + 1, end);
                if (!field.isEmpty()) {
                    current = field(current, field);
                }
                i = end;
            } else if (c == '[') {
                int end = expr.indexOf(']', i);
                if (end < 0) {
                    throw new Helm4jException("error parsing jsonpath " + template + ", unterminated array");
                }
                current = subscript(current, expr.substring(i + 1, end).strip(), template);
                i = end + 1;
            } else {
                throw new Helm4jException("error parsing jsonpath " + template + ", unrecognized character in action: "
                        + c);
            }
        }
        return current;
    }

    private static List<Object> field(List<Object> in, String name) {
        List<Object> out = new ArrayList<>();
        for (Object o : in) {
            if (o instanceof Map<?, ?> m && m.containsKey(name)) {
                out.add(m.get(name));
            } else if (name.equals("*") && o instanceof Map<?, ?> m) {
                out.addAll(m.values());
            }
        }
        if (out.isEmpty()) {
            throw new NotFound();
        }
        return out;
    }

    private static List<Object> subscript(List<Object> in, String sub, String template) {
        if (sub.length() >= 2 && (sub.startsWith("'") && sub.endsWith("'") || sub.startsWith("\"") && sub.endsWith("\""))) {
            return field(in, sub.substring(1, sub.length() - 1));
        }
        List<Object> out = new ArrayList<>();
        for (Object o : in) {
            if (sub.equals("*")) {
                if (o instanceof List<?> l) {
                    out.addAll(l);
                } else if (o instanceof Map<?, ?> m) {
                    out.addAll(m.values());
                }
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(sub);
            } catch (NumberFormatException e) {
                throw new Helm4jException("error parsing jsonpath " + template + ", unsupported subscript [" + sub + "]");
            }
            if (o instanceof List<?> l) {
                int at = index < 0 ? l.size() + index : index;
                if (at < 0 || at >= l.size()) {
                    throw new NotFound();
                }
                out.add(l.get(at));
            }
        }
        if (out.isEmpty() && !sub.equals("*")) {
            throw new NotFound();
        }
        return out;
    }

    private static String print(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return GoYaml.toJson(value);
        }
        return value == null ? "<nil>" : GoFmt.sprint(value);
    }

    private static final class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }
}
