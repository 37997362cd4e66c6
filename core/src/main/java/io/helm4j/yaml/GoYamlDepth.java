package io.helm4j.yaml;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * The nesting limits of Go's readers, checked without recursion so that hostile input ends in Go's
 * error rather than a StackOverflowError: go-yaml's scanner refuses more than 10000 flow levels or
 * block indents ({@code yaml: exceeded max depth of 10000}), and encoding/json, which reads the JSON
 * that sigs.k8s.io/yaml converts YAML to, refuses containers nested deeper than 10000
 * ({@code invalid character '[' exceeded max depth}). The block scan follows go-yaml's indentation
 * stack closely enough for nesting that deep; texts too short to nest that deep are not scanned.
 */
final class GoYamlDepth {
    static final int MAX = 10000;

    private GoYamlDepth() {
    }

    /** Throws go-yaml's depth error when the text nests flow collections or block indents too deep. */
    static void checkText(String text) {
        if (text.length() <= MAX) {
            return;
        }
        new Scan(text).run();
    }

    /** Throws encoding/json's depth error when a value read from {@code textLength} characters nests too deep. */
    static void checkTree(Object value, int textLength) {
        if (textLength <= MAX || !(value instanceof Map<?, ?> || value instanceof java.util.List<?>)) {
            return;
        }
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {value, 1});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (Integer) top[1];
            Iterable<?> children;
            if (top[0] instanceof Map<?, ?> m) {
                children = m.values();
            } else if (top[0] instanceof java.util.List<?> l) {
                children = l;
            } else {
                continue;
            }
            if (depth > MAX) {
                char c = top[0] instanceof Map<?, ?> ? '{' : '[';
                throw new YamlException(GoYaml.YAML_TO_JSON_PREFIX + "invalid character '" + c + "' exceeded max depth",
                        -1);
            }
            for (Object child : children) {
                stack.push(new Object[] {child, depth + 1});
            }
        }
    }

    /** go-yaml's indentation stack and flow level, over the text line by line. */
    private static final class Scan {
        private final String s;
        private int pos;
        private int line;
        private int flow;
        private int indent = -1;
        private final ArrayDeque<Integer> indents = new ArrayDeque<>();
        private int scalarParent = -2;

        Scan(String s) {
            this.s = s;
        }

        void run() {
            while (pos < s.length()) {
                int end = s.indexOf('\n', pos);
                if (end < 0) {
                    end = s.length();
                }
                if (flow > 0) {
                    flowScan(pos, end);
                } else {
                    blockLine(pos, end);
                }
                pos = end + 1;
                line++;
            }
        }

        private void blockLine(int from, int end) {
            int col = 0;
            while (from + col < end && s.charAt(from + col) == ' ') {
                col++;
            }
            int i = from + col;
            if (i >= end || s.charAt(i) == '#' || s.charAt(i) == '\r') {
                return;
            }
            if (scalarParent >= -1 && col > scalarParent) {
                return; // a line of a block scalar's content
            }
            scalarParent = -2;
            while (indent > col && !indents.isEmpty()) {
                indent = indents.pop();
            }
            while (i + 1 < end && (s.charAt(i) == '-' || s.charAt(i) == '?')
                    && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                roll(i - from);
                i += 2;
                while (i < end && s.charAt(i) == ' ') {
                    i++;
                }
            }
            if (i < end && (s.charAt(i) == '[' || s.charAt(i) == '{')) {
                flowScan(i, end);
                return;
            }
            int colon = keyColon(i, end);
            if (colon < 0) {
                return;
            }
            roll(i - from);
            int v = colon + 1;
            while (v < end && s.charAt(v) == ' ') {
                v++;
            }
            if (v < end && (s.charAt(v) == '[' || s.charAt(v) == '{')) {
                flowScan(v, end);
            } else if (v < end && (s.charAt(v) == '|' || s.charAt(v) == '>')) {
                scalarParent = i - from;
            }
        }

        /** The ':' that ends a simple key starting at {@code i}, or -1. */
        private int keyColon(int i, int end) {
            char q = s.charAt(i);
            int j = i;
            if (q == '"' || q == '\'') {
                j = skipQuoted(i, end);
            }
            for (; j < end; j++) {
                char c = s.charAt(j);
                if (c == '#' && j > i && s.charAt(j - 1) == ' ') {
                    return -1;
                }
                if (c == ':' && (j + 1 == end || s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t'
                        || s.charAt(j + 1) == '\r')) {
                    return j;
                }
            }
            return -1;
        }

        private void roll(int col) {
            if (indent < col) {
                indents.push(indent);
                indent = col;
                if (indents.size() > MAX) {
                    fail();
                }
            }
        }

        private void flowScan(int from, int end) {
            for (int i = from; i < end; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '[', '{' -> {
                        if (++flow > MAX) {
                            fail();
                        }
                    }
                    case ']', '}' -> flow = Math.max(0, flow - 1);
                    case '"', '\'' -> i = skipQuoted(i, end) - 1;
                    case '#' -> {
                        if (i == from || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t') {
                            return;
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** The index after a quoted scalar that starts at {@code i} (or {@code end} when it goes on). */
        private int skipQuoted(int i, int end) {
            char q = s.charAt(i);
            for (int j = i + 1; j < end; j++) {
                char c = s.charAt(j);
                if (q == '"' && c == '\\') {
                    j++;
                } else if (c == q) {
                    if (q == '\'' && j + 1 < end && s.charAt(j + 1) == '\'') {
                        j++;
                    } else {
                        return j + 1;
                    }
                }
            }
            return end;
        }

        private void fail() {
            // a scanner error: go-yaml names the 1-based line of its position, or none on the first line
            String where = line > 0 ? "line " + (line + 1) + ": " : "";
            throw new YamlException(GoYamlReader.PREFIX + "yaml: " + where + "exceeded max depth of " + MAX,
                    line + 1);
        }
    }
}
