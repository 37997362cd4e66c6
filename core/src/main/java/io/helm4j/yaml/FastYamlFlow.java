package io.helm4j.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-line flow collections for {@link FastYamlReader} ({@code []}, {@code {}}, {@code [a, "b", 1]},
 * {@code {k: v, n: [x]}}): plain scalars without ':', '?', '#' or quotes inside, quoted scalars that
 * close on the line, nested collections. Anything else (a collection over several lines, a trailing
 * comma, an empty entry, a single-pair mapping) throws {@link FastYamlReader#DECLINE}.
 */
final class FastYamlFlow {
    private static final int MAX_DEPTH = 100;

    private final char[] c;
    private final int n;
    private final FastYamlScalars scalars;
    /** The index after the last collection or entry read. */
    int end;
    private int depth;

    FastYamlFlow(char[] c, int n, FastYamlScalars scalars) {
        this.c = c;
        this.n = n;
        this.scalars = scalars;
    }

    /** The flow sequence or mapping whose bracket is c[p]; sets {@link #end}. */
    Object read(int p) {
        if (++depth > MAX_DEPTH) {
            throw FastYamlReader.DECLINE;
        }
        boolean seq = c[p] == '[';
        char close = seq ? ']' : '}';
        List<Object> list = seq ? new GoSlice.Appended() : null;
        Map<String, Object> map = seq ? null : new LinkedHashMap<>();
        int i = skipBlanks(p + 1);
        if (i < n && c[i] == close) {
            end = i + 1;
            depth--;
            return seq ? list : map;
        }
        while (true) {
            if (i >= n) {
                throw FastYamlReader.DECLINE;
            }
            if (seq) {
                list.add(entry(i));
            } else {
                String key = key(i);
                int k = skipBlanks(end);
                if (k + 1 >= n || c[k] != ':' || c[k + 1] != ' ') {
                    throw FastYamlReader.DECLINE;
                }
                map.put(key, entry(skipBlanks(k + 1)));
            }
            i = skipBlanks(end);
            if (i >= n) {
                throw FastYamlReader.DECLINE;
            }
            if (c[i] == close) {
                end = i + 1;
                depth--;
                return seq ? list : map;
            }
            if (c[i] != ',') {
                throw FastYamlReader.DECLINE;
            }
            i = skipBlanks(i + 1);
            if (i >= n || c[i] == close) {
                throw FastYamlReader.DECLINE;
            }
        }
    }

    private String key(int i) {
        if (c[i] == '"' || c[i] == '\'') {
            String key = scalars.quoted(i, -1, true);
            end = scalars.end;
            return key;
        }
        int e = plain(i);
        String key = GoYamlReader.jsonKey(GoScalars.resolvePlain(new String(c, i, e - i)).value());
        if (key == null || (e - i == 2 && c[i] == '<' && c[i + 1] == '<')) {
            throw FastYamlReader.DECLINE; // a null key, a merge
        }
        return key;
    }

    private int skipBlanks(int i) {
        while (i < n && c[i] == ' ') {
            i++;
        }
        return i;
    }

    /** An entry of a flow collection at i; sets end. */
    private Object entry(int i) {
        if (i >= n) {
            throw FastYamlReader.DECLINE;
        }
        char ch = c[i];
        if (ch == '[' || ch == '{') {
            return read(i);
        }
        if (ch == '"' || ch == '\'') {
            String s = scalars.quoted(i, -1, true);
            end = scalars.end;
            return s;
        }
        int e = plain(i);
        if (e < n && c[e] == ':') {
            throw FastYamlReader.DECLINE;
        }
        return json(GoScalars.resolvePlain(new String(c, i, e - i)).value());
    }

    /**
     * A plain scalar in flow context from i: returns the end of its text; {@link #end} is set to
     * the index where it stopped (a ',', a closing bracket or ':').
     */
    private int plain(int i) {
        if (FastYamlScalars.indicator(c[i])) {
            throw FastYamlReader.DECLINE;
        }
        int e = i;
        int k = i;
        while (k < n) {
            char ch = c[k];
            if (ch == ',' || ch == ']' || ch == '}' || ch == ':') {
                break;
            }
            if (ch == '\n' || ch == '\t' || ch == '?' || ch == '[' || ch == '{' || ch == '#' || ch == '\''
                    || ch == '"') {
                throw FastYamlReader.DECLINE;
            }
            k++;
            if (ch != ' ') {
                e = k;
            }
        }
        if (k >= n) {
            throw FastYamlReader.DECLINE;
        }
        end = k;
        return e;
    }

    /** A decoded scalar as sigs.k8s.io/yaml gives it: every number a Double; NaN and infinities decline. */
    static Object json(Object v) {
        if (v instanceof String || v == null || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw FastYamlReader.DECLINE;
            }
            return d;
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (v == GoScalars.MERGE) {
            return "<<";
        }
        throw FastYamlReader.DECLINE;
    }
}
