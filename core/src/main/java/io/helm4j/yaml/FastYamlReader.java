package io.helm4j.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written reader for the YAML that rendered manifests and values files are made of: block
 * mappings and sequences, plain, quoted and block scalars, one-line flow collections, comments and
 * document markers. It gives exactly the values {@link GoYamlReader}'s snakeyaml path gives, or
 * {@link #DECLINED} whenever it meets anything it is not certain of (anchors, aliases, tags,
 * directives, complex keys, merge keys, tabs and carriage returns, odd indentation, any error), so
 * the snakeyaml path then runs with its exact results and messages. Simple index loops over a char
 * array, no regular expressions: it runs cold, in the interpreter, on megabytes of manifests.
 */
final class FastYamlReader {
    /** Returned when the reader is not certain: the caller falls back to snakeyaml. */
    static final Object DECLINED = new Object();

    /** The reader's internal give-up signal: shared, without stack trace. */
    static final RuntimeException DECLINE = new RuntimeException("declined", null, false, false) {
    };

    private static final int MAX_DEPTH = 100;
    private static final int MAX_KEY = 1000;

    private final char[] c;
    private final int n;
    private final FastYamlScalars scalars;
    private final FastYamlFlow flow;
    /** Between nodes: the start of a line. */
    private int pos;
    /** Set by {@link #nextContent}: the indentation of the line at pos, or -1 at the end or a marker. */
    private int ind;
    private int depth;

    private FastYamlReader(char[] c) {
        this.c = c;
        this.n = c.length;
        this.scalars = new FastYamlScalars(c, n);
        this.flow = new FastYamlFlow(c, n, scalars);
    }

    /** The first document (null for none), or {@link #DECLINED}; every document must be readable. */
    static Object loadFirst(String yaml) {
        Object all = loadAll(yaml);
        if (all == DECLINED) {
            return DECLINED;
        }
        List<?> docs = (List<?>) all;
        return docs.isEmpty() ? null : docs.get(0);
    }

    /**
     * Every document as a List, or {@link #DECLINED}. An unexpected failure inside the reader also
     * declines, so the snakeyaml path always has the last word.
     */
    static Object loadAll(String yaml) {
        try {
            return loadAllStrict(yaml);
        } catch (RuntimeException e) {
            return DECLINED;
        }
    }

    /** {@link #loadAll}, except that a failure other than declining propagates (for tests). */
    static Object loadAllStrict(String yaml) {
        char[] c = yaml.toCharArray();
        if (!plainText(c)) {
            return DECLINED;
        }
        try {
            return new FastYamlReader(c).documents();
        } catch (RuntimeException e) {
            if (e == DECLINE) {
                return DECLINED;
            }
            throw e;
        }
    }

    /**
     * Whether the text holds only characters the reader handles: no carriage returns, no control
     * characters (snakeyaml rejects them with its own error), no NEL or Unicode line separators, no
     * byte-order marks, no unpaired surrogates.
     */
    private static boolean plainText(char[] c) {
        int n = c.length;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch >= ' ' && ch < 0x7F) {
                continue;
            }
            if (ch == '\n' || ch == '\t') {
                continue;
            }
            if (ch < 0xA0 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF || ch == 0xFFFE || ch == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= n || !Character.isLowSurrogate(c[i + 1])) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    private List<Object> documents() {
        List<Object> docs = new ArrayList<>();
        boolean open = false; // after "---", before its content
        boolean content = false; // a document's content was read and no marker followed yet
        boolean ended = false; // after "...": only a "---" may follow
        while (true) {
            nextContent();
            if (pos >= n) {
                if (open) {
                    docs.add(null);
                }
                return docs;
            }
            if (ind < 0) {
                boolean start = c[pos] == '-';
                pos = restOfLine(pos + 3);
                if (start) {
                    if (open) {
                        docs.add(null);
                    }
                    open = true;
                    ended = false;
                } else {
                    if (open) {
                        docs.add(null);
                    } else if (!content) {
                        throw DECLINE;
                    }
                    open = false;
                    ended = true;
                }
                content = false;
                continue;
            }
            if (ended || c[pos] == '%') {
                throw DECLINE;
            }
            docs.add(node(pos + ind, ind, -1));
            open = false;
            content = true;
            nextContent();
            if (pos < n && ind >= 0) {
                throw DECLINE;
            }
        }
    }

    /**
     * From the start of a line, skips blank and comment lines; leaves pos at the start of the next
     * content line and ind at its indentation (-1 at the end or at a document marker).
     */
    private void nextContent() {
        int p = pos;
        while (p < n) {
            int s = p;
            while (p < n && c[p] == ' ') {
                p++;
            }
            if (p >= n) {
                break;
            }
            char ch = c[p];
            if (ch == '\n') {
                p++;
            } else if (ch == '#') {
                p = lineEnd(p);
            } else if (ch == '\t') {
                throw DECLINE;
            } else {
                pos = s;
                ind = p == s && scalars.isMarker(s) ? -1 : p - s;
                return;
            }
        }
        pos = n;
        ind = -1;
    }

    /** The index after the line break that ends the line holding p (or n). */
    private int lineEnd(int p) {
        while (p < n && c[p] != '\n') {
            p++;
        }
        return p < n ? p + 1 : n;
    }

    /** After a node on a line: only blanks and a comment may follow. Returns the next line's start. */
    private int restOfLine(int p) {
        int s = p;
        while (p < n && c[p] == ' ') {
            p++;
        }
        if (p >= n) {
            return n;
        }
        if (c[p] == '\n') {
            return p + 1;
        }
        if (c[p] == '#' && p > s) {
            return lineEnd(p);
        }
        throw DECLINE;
    }

    private boolean blankOrEnd(int i) {
        return i >= n || c[i] == ' ' || c[i] == '\n';
    }

    /** The node starting at p (column col) inside a block collection at column parent. */
    private Object node(int p, int col, int parent) {
        if (++depth > MAX_DEPTH) {
            throw DECLINE;
        }
        Object v;
        if (c[p] == '-' && blankOrEnd(p + 1)) {
            v = sequence(p, col, false);
        } else {
            int colon = keyColon(p);
            v = colon >= 0 ? mapping(p, col, colon) : scalar(p, parent);
        }
        depth--;
        return v;
    }

    /**
     * When the line from p holds a simple key followed by ': ' (or ':' at the line's end), the
     * index of that colon; else -1.
     */
    private int keyColon(int p) {
        char ch = c[p];
        int i;
        if (ch == '"' || ch == '\'') {
            i = p + 1;
            while (true) {
                if (i >= n || c[i] == '\n') {
                    return -1;
                }
                if (ch == '"' && c[i] == '\\' && i + 1 < n && c[i + 1] == '\n') {
                    return -1;
                }
                if (c[i] == ch) {
                    if (ch == '\'' && i + 1 < n && c[i + 1] == '\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i += ch == '"' && c[i] == '\\' ? 2 : 1;
            }
            i++;
            while (i < n && c[i] == ' ') {
                i++;
            }
            return i < n && c[i] == ':' && blankOrEnd(i + 1) && i - p <= MAX_KEY ? i : -1;
        }
        if (!plainStart(p)) {
            return -1;
        }
        for (i = p; i < n; i++) {
            ch = c[i];
            if (ch == ':') {
                if (i + 1 >= n || c[i + 1] == ' ' || c[i + 1] == '\n') {
                    if (i - p > MAX_KEY) {
                        throw DECLINE;
                    }
                    return i;
                }
                if (c[i + 1] == '\t') {
                    throw DECLINE;
                }
            } else if (ch == '\n') {
                return -1;
            } else if (ch == '#' && c[i - 1] == ' ') {
                return -1;
            } else if (ch == '\t') {
                throw DECLINE;
            }
        }
        return -1;
    }

    /** Whether c[p] may start a plain scalar in block context (the cases this reader takes). */
    private boolean plainStart(int p) {
        char ch = c[p];
        if (ch == '-' || ch == '?' || ch == ':') {
            return !blankOrEnd(p + 1) && c[p + 1] != '\t';
        }
        return !FastYamlScalars.indicator(ch);
    }

    /** A block mapping at column col whose first key starts at p and ends at colon. */
    private Map<String, Object> mapping(int p, int col, int firstColon) {
        Map<String, Object> m = new LinkedHashMap<>();
        int colon = firstColon;
        while (true) {
            String key = key(p, colon);
            int q = colon + 1;
            while (q < n && c[q] == ' ') {
                q++;
            }
            Object v;
            if (q >= n || c[q] == '\n' || c[q] == '#') {
                pos = lineEnd(q);
                v = blockValue(col, true);
            } else {
                v = scalar(q, col);
            }
            m.put(key, v);
            nextContent();
            if (ind != col) {
                if (ind > col) {
                    throw DECLINE;
                }
                return m;
            }
            p = pos + col;
            colon = keyColon(p);
            if (colon < 0) {
                throw DECLINE;
            }
        }
    }

    /** The JSON key of the key text c[p..colon). */
    private String key(int p, int colon) {
        if (c[p] == '"' || c[p] == '\'') {
            return scalars.quoted(p, -1, true);
        }
        int e = colon;
        while (c[e - 1] == ' ') {
            e--;
        }
        Object v = GoScalars.resolvePlain(new String(c, p, e - p)).value();
        String key = v == GoScalars.MERGE ? null : GoYamlReader.jsonKey(v);
        if (key == null) {
            throw DECLINE;
        }
        return key;
    }

    /**
     * The value of a key or entry whose line ended after its indicator: a node on a later, deeper
     * line (or, for a mapping value, a sequence at the mapping's own column), else null.
     */
    private Object blockValue(int col, boolean mappingValue) {
        nextContent();
        if (ind > col) {
            return node(pos + ind, ind, col);
        }
        if (ind == col && mappingValue) {
            int k = pos + col;
            if (c[k] == '-' && blankOrEnd(k + 1)) {
                if (++depth > MAX_DEPTH) {
                    throw DECLINE;
                }
                List<Object> seq = sequence(k, col, true);
                depth--;
                return seq;
            }
        }
        return null;
    }

    private List<Object> sequence(int p, int col, boolean indentless) {
        List<Object> list = new GoSlice.Appended(); // as encoding/json appends
        while (true) {
            int q = p + 1;
            while (q < n && c[q] == ' ') {
                q++;
            }
            if (q < n && c[q] == '\t') {
                throw DECLINE;
            }
            if (q >= n || c[q] == '\n' || c[q] == '#') {
                pos = lineEnd(q);
                list.add(blockValue(col, false));
            } else {
                list.add(node(q, col + q - p, col));
            }
            nextContent();
            if (ind != col) {
                if (ind > col) {
                    throw DECLINE;
                }
                return list;
            }
            p = pos + col;
            if (c[p] != '-' || !blankOrEnd(p + 1)) {
                if (indentless) {
                    return list;
                }
                throw DECLINE;
            }
        }
    }

    /** A scalar or flow collection at p, inside a block collection at column parent; ends its line. */
    private Object scalar(int p, int parent) {
        char ch = c[p];
        switch (ch) {
            case '"', '\'' -> {
                String s = scalars.quoted(p, parent, false);
                pos = restOfLine(scalars.end);
                return s;
            }
            case '|', '>' -> {
                String s = scalars.block(p, parent);
                pos = scalars.end;
                return s;
            }
            case '[', '{' -> {
                Object v = flow.read(p);
                pos = restOfLine(flow.end);
                return v;
            }
            default -> {
                if (!plainStart(p)) {
                    throw DECLINE;
                }
                return plain(p, parent);
            }
        }
    }

    /** A plain scalar in block context, perhaps over several lines deeper than parent, resolved. */
    private Object plain(int p, int parent) {
        int end = plainLine(p);
        StringBuilder sb = null;
        while (!lineComment) {
            // the next non-empty line continues the scalar when deeper than parent
            int q = pos;
            int breaks = 0;
            int s;
            while (true) {
                s = q;
                while (q < n && c[q] == ' ') {
                    q++;
                }
                if (q < n && c[q] == '\n') {
                    breaks++;
                    q++;
                    continue;
                }
                break;
            }
            if (q >= n || q - s <= parent || c[q] == '#' || (q == s && scalars.isMarker(s))) {
                break;
            }
            // snakeyaml reads any character but '#' on a continuation line; a root scalar's line
            // at column 0 starting "---" or "..." is left to it
            if (q == s && (c[q] == '-' || c[q] == '.')) {
                throw DECLINE;
            }
            if (sb == null) {
                sb = new StringBuilder().append(c, p, end - p);
            }
            if (breaks == 0) {
                sb.append(' ');
            } else {
                for (int k = 0; k < breaks; k++) {
                    sb.append('\n');
                }
            }
            int e = plainLine(q);
            sb.append(c, q, e - q);
        }
        String text = sb == null ? new String(c, p, end - p) : sb.toString();
        return FastYamlFlow.json(GoScalars.resolvePlain(text).value());
    }

    /** Set by {@link #plainLine}: whether the line ended in a comment. */
    private boolean lineComment;

    /**
     * One line of a plain scalar from p: returns the end of its text (trailing blanks dropped) and
     * leaves pos at the next line's start.
     */
    private int plainLine(int p) {
        int end = p;
        int i = p;
        lineComment = false;
        while (i < n) {
            char ch = c[i];
            if (ch == '\n') {
                break;
            }
            if (ch == ' ') {
                i++;
                continue;
            }
            if (ch == '\t') {
                throw DECLINE;
            }
            if (ch == ':' && (i + 1 >= n || c[i + 1] == ' ' || c[i + 1] == '\n' || c[i + 1] == '\t')) {
                throw DECLINE;
            }
            if (ch == '#' && c[i - 1] == ' ') {
                lineComment = true;
                break;
            }
            i++;
            end = i;
        }
        pos = lineEnd(i);
        return end;
    }
}
