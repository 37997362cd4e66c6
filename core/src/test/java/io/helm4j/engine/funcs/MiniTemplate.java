package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.GoObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only evaluator for the one-line snippets of the oracle cases (actions, pipelines, literals,
 * {@code .Values} paths, {@code $x :=}, {@code eq}/{@code len}/{@code index}), so the Sprig functions
 * are checked against Helm before the real template engine exists. Not a template engine.
 */
final class MiniTemplate {
    private final FuncMap funcs;
    private final Map<String, Object> data;
    private final Map<String, Object> vars = new HashMap<>();
    private String s;
    private int pos;

    MiniTemplate(FuncMap funcs, Map<String, Object> data) {
        this.funcs = funcs;
        this.data = data;
    }

    String render(String text) {
        s = text;
        pos = 0;
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            int open = s.indexOf("{{", pos);
            if (open < 0) {
                out.append(s, pos, s.length());
                break;
            }
            out.append(s, pos, open);
            pos = open + 2;
            skipWs();
            String var = null;
            int save = pos;
            if (peek() == '$') {
                String name = ident();
                skipWs();
                if (s.startsWith(":=", pos)) {
                    pos += 2;
                    var = name;
                } else {
                    pos = save;
                }
            }
            Object v = pipeline();
            skipWs();
            expect("}}");
            if (var != null) {
                vars.put(var, v);
            } else {
                out.append(print(v));
            }
        }
        return out.toString();
    }

    private Object pipeline() {
        Object v = command(null, false);
        skipWs();
        while (peek() == '|') {
            pos++;
            v = command(v, true);
            skipWs();
        }
        return v;
    }

    private Object command(Object piped, boolean hasPiped) {
        skipWs();
        Object first = operand(true);
        List<Object> args = new ArrayList<>();
        String fn = first instanceof Fn f ? f.name : null;
        while (true) {
            skipWs();
            char c = peek();
            if (c == '|' || c == ')' || c == '}' || c == 0) {
                break;
            }
            args.add(operand(false));
        }
        if (hasPiped) {
            args.add(piped);
        }
        if (fn == null) {
            if (!args.isEmpty()) {
                throw new IllegalStateException("can't give argument to non-function");
            }
            return first;
        }
        return call(fn, args);
    }

    private Object call(String fn, List<Object> args) {
        switch (fn) {
            case "eq":
                return GoValues.deepEqual(args.get(0), args.get(1));
            case "len":
                Object o = args.getFirst();
                return o instanceof String str ? GoText.len(str) : o instanceof List<?> l ? l.size()
                        : ((Map<?, ?>) o).size();
            case "index":
                return ((List<?>) args.get(0)).get(((Number) args.get(1)).intValue());
            default:
                FuncMap.Entry e = funcs.get(fn);
                if (e == null) {
                    throw new IllegalStateException("function " + fn + " not defined");
                }
                int n = args.size();
                if (e.variadic() ? n < e.minArgs() : n != e.minArgs()) {
                    throw new IllegalStateException("wrong number of args for " + fn);
                }
                try {
                    return e.function().call(args.toArray());
                } catch (io.helm4j.gotemplate.FunctionArgumentException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new IllegalStateException("error calling " + fn + ": " + ex.getMessage(), ex);
                }
        }
    }

    private record Fn(String name) {
    }

    private Object operand(boolean head) {
        skipWs();
        char c = peek();
        Object v;
        if (c == '(') {
            pos++;
            v = pipeline();
            skipWs();
            expect(")");
        } else if (c == '"') {
            v = string();
        } else if (c == '$') {
            v = vars.get(ident());
        } else if (c == '.') {
            v = data;
        } else if (c == '-' || Character.isDigit(c)) {
            int start = pos;
            pos++;
            while (pos < s.length() && (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_'
                    || (peek() == '-' || peek() == '+') && Character.toLowerCase(s.charAt(pos - 1)) == 'e')) {
                pos++;
            }
            String lit = s.substring(start, pos);
            if (lit.contains(".") || lit.contains("e") && !lit.startsWith("0x")) {
                v = Double.parseDouble(lit);
            } else {
                long l = Cast.parseGoInt(lit);
                v = l == (int) l ? (Object) (int) l : (Object) l;
            }
        } else {
            String id = ident();
            v = switch (id) {
                case "true" -> true;
                case "false" -> false;
                case "nil" -> null;
                default -> head ? new Fn(id) : callNoArgs(id);
            };
        }
        while (peek() == '.') {
            pos++;
            String field = ident();
            if (v instanceof Map<?, ?> m) {
                v = m.get(field);
            } else if (v instanceof GoObject g && g.hasMethod(field)) {
                List<Object> margs = new ArrayList<>();
                skipWs();
                while (head && peek() == '(') {
                    margs.add(operand(false));
                    skipWs();
                }
                v = g.callMethod(field, margs);
            } else if (v instanceof GoObject g && g.hasField(field)) {
                v = g.field(field);
            } else {
                throw new IllegalStateException("can't evaluate field " + field);
            }
        }
        return v;
    }

    private Object callNoArgs(String id) {
        return call(id, List.of());
    }

    private String ident() {
        int start = pos;
        if (peek() == '$') {
            pos++;
        }
        while (pos < s.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (peek() != '"') {
            char c = s.charAt(pos++);
            if (c == '\\') {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'x' -> {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 2), 16));
                        pos += 2;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : 0;
    }

    private void skipWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private void expect(String t) {
        if (!s.startsWith(t, pos)) {
            throw new IllegalStateException("expected " + t + " at " + pos + " in " + s);
        }
        pos += t.length();
    }

    /** How text/template prints a value: nil as "&lt;no value&gt;", otherwise fmt's %v. */
    static String print(Object v) {
        return v == null ? "<no value>" : fmt(v, true);
    }

    static String fmt(Object v, boolean top) {
        return switch (v) {
            case null -> "<nil>";
            case List<?> l -> {
                List<String> parts = new ArrayList<>();
                l.forEach(x -> parts.add(fmt(x, false)));
                yield "[" + String.join(" ", parts) + "]";
            }
            case Map<?, ?> m -> {
                List<String> parts = new ArrayList<>();
                new TreeMap<>(m).forEach((k, x) -> parts.add(k + ":" + fmt(x, false)));
                yield "map[" + String.join(" ", parts) + "]";
            }
            case byte[] b -> {
                List<String> parts = new ArrayList<>();
                for (byte x : b) {
                    parts.add(Integer.toString(x & 0xff));
                }
                yield "[" + String.join(" ", parts) + "]";
            }
            default -> GoValues.formatV(v);
        };
    }
}
