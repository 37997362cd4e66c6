package io.helm4j.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BurntSushi/toml's Unmarshal into map[string]interface{}, as Helm's {@code fromToml} runs it: tables
 * become maps, arrays lists, integers Long (int64), floats Double, date-times {@link GoTomlTime}.
 * This class reads the document's structure (keys, tables, arrays of tables, arrays, inline tables);
 * {@link GoTomlScalars} reads strings, numbers and date-times. Errors read as BurntSushi's:
 * {@code toml: line 1 (last key "a"): unexpected EOF; expected value}.
 */
final class GoTomlReader {
    private final GoTomlScalars in;
    private final Map<String, Object> root = new LinkedHashMap<>();
    /** Tables a header or a key/value has defined, and arrays made by [[...]]: all others are implicit. */
    private final Set<Object> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Inline tables and static arrays, which no header may extend (dotted keys may: BurntSushi allows it). */
    private final Set<Object> sealed = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<String> context = List.of();

    private GoTomlReader(String text) {
        in = new GoTomlScalars(text);
    }

    static Map<String, Object> read(String toml) {
        GoTomlReader r = new GoTomlReader(toml);
        r.document();
        return r.root;
    }

    private void document() {
        Map<String, Object> table = root;
        while (true) {
            in.skipBlankLines();
            if (in.eof()) {
                return;
            }
            if (in.peek() == '[') {
                table = header();
            } else {
                keyValue(table, context);
                in.lastKey = null;
            }
            in.skipSpace();
            if (in.peek() == '#') {
                in.skipComment();
            }
            if (!in.eof() && !in.atNewline()) {
                throw in.error("expected a top-level item to end with a newline, comment, or EOF, but got "
                        + GoTomlScalars.quoteRune(in.peek()) + " instead");
            }
        }
    }

    /** {@code [a.b]} or {@code [[a.b]]}: the table that the following key/values fill. */
    private Map<String, Object> header() {
        int line = in.line();
        in.lastKey = null;
        in.next();
        boolean array = in.peek() == '[';
        if (array) {
            in.next();
        }
        in.skipSpace();
        List<String> name = key();
        in.skipSpace();
        if (in.peek() != ']' || array && in.peekAt(1) != ']') {
            throw in.error("expected '.' or ']' to end table name, but got " + GoTomlScalars.quoteRune(in.peek())
                    + " instead");
        }
        in.next();
        if (array) {
            in.next();
        }
        Map<String, Object> parent = descend(root, name.subList(0, name.size() - 1), line, name);
        String last = name.get(name.size() - 1);
        Object existing = parent.get(last);
        context = List.copyOf(name);
        Map<String, Object> t = array ? arrayTable(parent, last, existing, name, line)
                : table(parent, last, existing, name, line);
        in.lastKey = String.join(".", name); // what BurntSushi shows for an error on the rest of the line
        return t;
    }

    private Map<String, Object> arrayTable(Map<String, Object> parent, String last, Object existing, List<String> name,
            int line) {
        List<Object> list;
        if (existing == null) {
            list = new ArrayList<>();
            defined.add(list);
            parent.put(last, list);
        } else if (existing instanceof List<?> l && defined.contains(l)) {
            @SuppressWarnings("unchecked")
            List<Object> ol = (List<Object>) l;
            list = ol;
        } else if (existing instanceof Map<?, ?>) {
            throw duplicate(name, line);
        } else {
            throw in.errorAt(line, "Key '" + String.join(".", name)
                    + "' was already created and cannot be used as an array.");
        }
        Map<String, Object> t = new LinkedHashMap<>();
        list.add(t);
        defined.add(t);
        return t;
    }

    private Map<String, Object> table(Map<String, Object> parent, String last, Object existing, List<String> name,
            int line) {
        if (existing instanceof Map<?, ?> m && !defined.contains(m) && !sealed.contains(m)) {
            defined.add(m);
            @SuppressWarnings("unchecked")
            Map<String, Object> om = (Map<String, Object>) m;
            return om;
        }
        if (existing != null) {
            throw duplicate(name, line);
        }
        Map<String, Object> t = new LinkedHashMap<>();
        defined.add(t);
        parent.put(last, t);
        return t;
    }

    /** The table at {@code path} below {@code from}, creating implicit tables; through an array of tables, its last. */
    private Map<String, Object> descend(Map<String, Object> from, List<String> path, int line, List<String> whole) {
        Map<String, Object> t = from;
        for (String k : path) {
            Object v = t.get(k);
            if (v == null) {
                Map<String, Object> n = new LinkedHashMap<>();
                t.put(k, n);
                v = n;
            } else if (v instanceof List<?> l && defined.contains(l) && !l.isEmpty()) {
                v = l.get(l.size() - 1);
            }
            if (!(v instanceof Map<?, ?>)) {
                throw duplicate(whole, line);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            t = m;
        }
        return t;
    }

    private void keyValue(Map<String, Object> table, List<String> prefix) {
        int line = in.line();
        List<String> k = key();
        List<String> full = new ArrayList<>(prefix);
        full.addAll(k);
        in.skipSpace();
        if (in.peek() != '=') {
            throw in.eof() ? in.error("unexpected EOF; expected key separator '='")
                    : in.error("expected '.' or '=', but got " + GoTomlScalars.quoteRune(in.peek()) + " instead");
        }
        in.lastKey = String.join(".", full);
        in.next();
        in.skipSpace();
        Object v = value();
        Map<String, Object> t = descend(table, k.subList(0, k.size() - 1), line, full);
        String last = k.get(k.size() - 1);
        if (t.containsKey(last)) {
            throw duplicate(full, line);
        }
        t.put(last, v);
    }

    /** A key: bare, quoted or dotted parts. */
    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            in.skipSpace();
            int c = in.peek();
            if (c == '"' || c == '\'') {
                parts.add(in.quotedKey());
            } else if (GoTomlScalars.isBare(c)) {
                parts.add(in.bareKey());
            } else if (c == '=') {
                throw in.error("unexpected '=': key name appears blank");
            } else if (c == '.') {
                throw in.error("unexpected '.': keys cannot start with a '.'");
            } else if (in.eof()) {
                throw in.error("unexpected EOF; expected key separator '='");
            } else {
                throw in.error("bare keys cannot contain " + GoTomlScalars.quoteRune(c));
            }
            in.skipSpace();
            if (in.peek() != '.') {
                return parts;
            }
            in.next();
        }
    }

    private Object value() {
        int c = in.peek();
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        return in.scalar();
    }

    private List<Object> array() {
        in.next();
        List<Object> l = new ArrayList<>();
        while (true) {
            in.skipBlankLines();
            if (in.peek() == ']') {
                in.next();
                sealed.add(l);
                return l;
            }
            l.add(value());
            in.skipBlankLines();
            int c = in.peek();
            if (c == ',') {
                in.next();
            } else if (c == ']') {
                in.next();
                sealed.add(l);
                return l;
            } else {
                throw in.error("expected a comma (',') or array terminator (']'), but got "
                        + (in.eof() ? "end of file" : GoTomlScalars.quoteRune(c)));
            }
        }
    }

    private Map<String, Object> inlineTable() {
        in.next();
        Map<String, Object> t = new LinkedHashMap<>();
        String outerKey = in.lastKey;
        while (true) {
            in.skipBlankLines();
            if (in.peek() == '}') {
                in.next();
                sealed.add(t);
                return t;
            }
            keyValue(t, List.of());
            in.lastKey = outerKey;
            in.skipBlankLines();
            int c = in.peek();
            in.next();
            if (c == '}') {
                sealed.add(t);
                return t;
            }
            if (c != ',') {
                throw in.error("expected a comma or an inline table terminator '}', but got "
                        + (c < 0 ? "end of file" : GoTomlScalars.quoteRune(c)) + " instead");
            }
        }
    }

    private YamlException duplicate(List<String> key, int line) {
        return in.errorAt(line, "Key '" + String.join(".", key) + "' has already been defined.");
    }
}
