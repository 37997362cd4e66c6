package io.helm4j.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes label selector string, parsed: {@code a=b}, {@code a==b}, {@code a!=b},
 * {@code a in (x,y)}, {@code a notin (x)}, {@code a} (exists) and {@code !a} (does not exist),
 * joined by commas. Used by {@link FakeKubeClient}; the real client passes the string to the server.
 */
public final class LabelSelector {
    private enum Op { EQ, NE, IN, NOTIN, EXISTS, ABSENT }

    private record Requirement(String key, Op op, Set<String> values) {
        boolean matches(Map<String, String> labels) {
            String v = labels.get(key);
            return switch (op) {
                case EQ, IN -> v != null && values.contains(v);
                case NE, NOTIN -> v == null || !values.contains(v);
                case EXISTS -> v != null;
                case ABSENT -> v == null;
            };
        }
    }

    private final List<Requirement> requirements;

    private LabelSelector(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    /** Parses a selector; empty or null selects everything. */
    public static LabelSelector parse(String selector) {
        List<Requirement> out = new ArrayList<>();
        if (selector != null) {
            for (String part : splitTopLevel(selector)) {
                if (!part.isBlank()) {
                    out.add(requirement(part.strip()));
                }
            }
        }
        return new LabelSelector(List.copyOf(out));
    }

    public boolean matches(Map<String, String> labels) {
        return requirements.stream().allMatch(r -> r.matches(labels));
    }

    private static Requirement requirement(String p) {
        if (p.startsWith("!")) {
            return new Requirement(key(p.substring(1).strip(), p), Op.ABSENT, Set.of());
        }
        int ne = p.indexOf("!=");
        if (ne > 0) {
            return new Requirement(key(p.substring(0, ne).strip(), p), Op.NE, Set.of(p.substring(ne + 2).strip()));
        }
        int eq = p.indexOf('=');
        if (eq > 0) {
            String v = p.substring(p.startsWith("==", eq) ? eq + 2 : eq + 1).strip();
            return new Requirement(key(p.substring(0, eq).strip(), p), Op.EQ, Set.of(v));
        }
        int open = p.indexOf('(');
        if (open > 0 && p.endsWith(")")) {
            String[] head = p.substring(0, open).strip().split("\\s+");
            if (head.length == 2 && (head[1].equals("in") || head[1].equals("notin"))) {
                Set<String> values = Set.copyOf(List.of(p.substring(open + 1, p.length() - 1).split("\\s*,\\s*")).stream()
                        .map(String::strip).toList());
                return new Requirement(key(head[0], p), head[1].equals("in") ? Op.IN : Op.NOTIN, values);
            }
        }
        return new Requirement(key(p, p), Op.EXISTS, Set.of());
    }

    private static String key(String k, String whole) {
        if (k.isEmpty() || k.chars().anyMatch(c -> Character.isWhitespace(c) || c == '(' || c == ')' || c == '!')) {
            throw new IllegalArgumentException("unable to parse requirement: \"" + whole + "\"");
        }
        return k;
    }

    /** Splits on commas outside parentheses. */
    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
