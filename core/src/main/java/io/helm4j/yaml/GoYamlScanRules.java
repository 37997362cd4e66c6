package io.helm4j.yaml;

import java.util.ArrayDeque;
import java.util.Deque;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.AliasToken;
import org.snakeyaml.engine.v2.tokens.AnchorToken;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * The rules of go-yaml v2's scanner (go.yaml.in/yaml/v2, which sigs.k8s.io/yaml reads with) that snakeyaml-engine
 * does not enforce, checked over snakeyaml's tokens:
 * <ul>
 * <li>a tab between tokens is skipped only in a flow collection or where no simple key may start; at the start of
 * a line of block context, after {@code -}, after an explicit {@code ?} and after the {@code :} of an explicit key,
 * go-yaml stops at it: {@code found character that cannot start any token};</li>
 * <li>a plain scalar of block context reads the blanks of the lines after it: a tab left of the scalar's indentation
 * there is {@code found a tab character that violates indentation};</li>
 * <li>a block scalar's indentation is made of spaces: {@code found a tab character where an indentation space is
 * expected};</li>
 * <li>an anchor's or alias's name is made of ASCII letters, digits, {@code _} and {@code -}, at least one, and ends
 * at a blank or one of {@code ?:,]}%@`}: {@code did not find expected alphabetic or numeric character}.</li>
 * </ul>
 * Each is a scanner error, with go-yaml's line (the problem's, 1-based, when not on the first line).
 */
final class GoYamlScanRules {
    /** A go-yaml scanner error at code point {@code index}, on 0-based {@code line}. */
    record Problem(int index, int line, String message, int contextLine) {
        Problem(int index, int line, String message) {
            this(index, line, message, line);
        }

        /** True when go-yaml meets this problem before snakeyaml's error {@code e}. */
        boolean before(YamlEngineException e) {
            // snakeyaml's composer errors (an undefined alias whose name go-yaml reads shorter) come after scanning
            return e instanceof org.snakeyaml.engine.v2.exceptions.ComposerException
                    || !(e instanceof MarkedYamlEngineException m) || m.getProblemMark().isEmpty()
                    || index <= m.getProblemMark().get().getIndex();
        }

        YamlException exception() {
            return exception(false);
        }

        /** The error; go-yaml v3 names the line of the error's context (the scalar it was scanning) when not 0. */
        YamlException exception(boolean v3) {
            int at = v3 && contextLine != 0 ? contextLine : line;
            String where = at != 0 ? "line " + (at + 1) + ": " : "";
            return new YamlException(GoYamlReader.PREFIX + "yaml: " + where + message, at != 0 ? at + 1 : -1);
        }
    }

    private final int[] c;
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int flow;
    private boolean simpleKeyAllowed = true;
    private boolean explicitKey;
    /** After a plain scalar of block context: the column its continuation lines must reach, else -1. */
    private int plainIndent = -1;
    /** Where that plain scalar starts (go-yaml's context of its errors). */
    private int plainStart;

    private final boolean firstOnly;
    /** Where go-yaml ends an anchor's or alias's name inside snakeyaml's (code point indexes, ascending). */
    private final java.util.List<Integer> splits = new java.util.ArrayList<>();
    /** Tabs in a plain scalar's continuation line, right of its indentation (code point indexes, ascending). */
    private final java.util.List<Integer> tabsToSpaces = new java.util.ArrayList<>();
    private boolean content;

    private GoYamlScanRules(String text, boolean firstOnly) {
        this.c = text.codePoints().toArray();
        this.firstOnly = firstOnly;
    }

    /**
     * The first of these errors go-yaml finds in {@code text} (in its first document only when {@code firstOnly}:
     * sigs.k8s.io/yaml's Unmarshal reads no further), as far as snakeyaml's scanner reads, or null.
     */
    static Problem first(String text, boolean firstOnly) {
        if (text.indexOf('\t') < 0 && text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return null;
        }
        return new GoYamlScanRules(text, firstOnly).scan(text);
    }

    /**
     * The text with a space where go-yaml ends an anchor's or alias's name that snakeyaml reads on
     * ({@code &x:y}, {@code *x?}): snakeyaml then reads the rest as go-yaml does, as the next token on the same
     * line (a space moves nothing that go-yaml's messages show); and with spaces for the tabs that indent a plain
     * scalar's continuation line right of its indentation ({@code a: x\n  \ty} is {@code x y} in go-yaml, whose
     * folding drops that indentation either way). The text itself when there is none.
     */
    static String splitAnchorNames(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        String t = text;
        for (int round = 0; round < 16; round++) { // each round reads on past what the one before fixed
            GoYamlScanRules r = new GoYamlScanRules(t, false);
            r.scan(t);
            if (r.splits.isEmpty() && r.tabsToSpaces.isEmpty()) {
                return t;
            }
            StringBuilder b = new StringBuilder(t.length() + r.splits.size());
            int next = 0;
            for (int i = 0; i < r.c.length; i++) {
                if (next < r.splits.size() && r.splits.get(next) == i) {
                    b.append(' ');
                    next++;
                }
                b.appendCodePoint(r.tabsToSpaces.contains(i) ? ' ' : r.c[i]);
            }
            t = b.toString();
        }
        return t;
    }

    private Problem scan(String text) {
        ScannerImpl scanner = new ScannerImpl(GoYamlReader.SETTINGS, new StreamReader(GoYamlReader.SETTINGS, text));
        int pos = 0;
        while (true) {
            Token t;
            try {
                if (!scanner.hasNext()) {
                    return gap(pos, c.length);
                }
                t = scanner.next();
            } catch (YamlEngineException e) {
                // up to the token snakeyaml was reading, or through the character that could start none
                int end = pos;
                if (e instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
                    int problem = Math.min(c.length, m.getProblemMark().get().getIndex());
                    end = m.getContextMark().map(Mark::getIndex).orElse(Math.min(c.length, problem + 1));
                }
                return gap(pos, Math.max(pos, Math.min(c.length, end)));
            }
            int start = index(t.getStartMark(), pos);
            if (firstOnly && (t.getTokenId() == Token.ID.DocumentStart && content
                    || t.getTokenId() == Token.ID.DocumentEnd)) {
                return null; // the first document ended
            }
            content |= t.getTokenId() != Token.ID.StreamStart && t.getTokenId() != Token.ID.DocumentStart;
            if (start > pos) {
                Problem p = gap(pos, start);
                if (p != null) {
                    return p;
                }
            }
            Problem p = token(t, start);
            if (p != null) {
                return p;
            }
            pos = Math.max(pos, index(t.getEndMark(), pos));
        }
    }

    private static int index(java.util.Optional<Mark> m, int otherwise) {
        return m.map(Mark::getIndex).orElse(otherwise);
    }

    private Problem token(Token t, int start) {
        int top = indents.isEmpty() ? -1 : indents.peek();
        plainIndent = -1;
        switch (t.getTokenId()) {
            case StreamStart -> simpleKeyAllowed = true;
            case DocumentStart, DocumentEnd, Tag, FlowSequenceEnd, FlowMappingEnd -> {
                if (t.getTokenId() == Token.ID.FlowSequenceEnd || t.getTokenId() == Token.ID.FlowMappingEnd) {
                    flow = Math.max(0, flow - 1);
                }
                simpleKeyAllowed = false;
            }
            case FlowSequenceStart, FlowMappingStart -> {
                flow++;
                simpleKeyAllowed = true;
            }
            case FlowEntry, BlockEntry -> simpleKeyAllowed = true;
            case Key -> {
                explicitKey = start < c.length && c[start] == '?' && (start + 1 >= c.length || blankz(c[start + 1]));
                if (explicitKey) {
                    simpleKeyAllowed = flow == 0;
                }
            }
            case Value -> {
                simpleKeyAllowed = explicitKey && flow == 0;
                explicitKey = false;
            }
            case BlockMappingStart, BlockSequenceStart -> indents.push(column(start));
            case BlockEnd -> {
                if (!indents.isEmpty()) {
                    indents.pop();
                }
            }
            case Anchor -> {
                simpleKeyAllowed = false;
                return anchor(((AnchorToken) t).getValue().getValue(), start);
            }
            case Alias -> {
                simpleKeyAllowed = false;
                return anchor(((AliasToken) t).getValue().getValue(), start);
            }
            case Scalar -> {
                ScalarToken s = (ScalarToken) t;
                simpleKeyAllowed = false;
                int end = index(t.getEndMark(), start);
                if (s.getStyle() == ScalarStyle.PLAIN) {
                    plainIndent = flow == 0 ? top + 1 : 0; // in a flow collection any indentation will do
                    plainStart = start;
                    return plainContinuation(start, end);
                }
                if (s.getStyle() == ScalarStyle.LITERAL || s.getStyle() == ScalarStyle.FOLDED) {
                    simpleKeyAllowed = true;
                    return blockScalar(start, end, top);
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** An anchor's or alias's name as go-yaml scans it (snakeyaml's name holds more characters). */
    private Problem anchor(String name, int start) {
        int n = 0;
        while (n < name.length() && alpha(name.charAt(n))) {
            n++;
        }
        if (n == name.length() && n > 0) {
            return null;
        }
        if (n > 0 && "%@`".indexOf(name.charAt(n)) >= 0) {
            // go-yaml ends the name there, and no token starts with these
            return new Problem(start + 1 + n, line(start), "found character that cannot start any token");
        }
        if (n > 0 && "?:,]}".indexOf(name.charAt(n)) >= 0) {
            splits.add(start + 1 + n); // go-yaml ends the name there and reads the rest as the next token
            return null;
        }
        return new Problem(start, line(start), "did not find expected alphabetic or numeric character");
    }

    /** The lines a plain scalar of block context spans: a tab left of its indentation in their leading blanks. */
    private Problem plainContinuation(int start, int end) {
        for (int i = start; i < end && i < c.length; i++) {
            if (lineBreak(c[i])) {
                Problem p = leadingTabs(i + 1, end);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private Problem leadingTabs(int from, int end) {
        for (int i = from; i < end && i < c.length && (c[i] == ' ' || c[i] == '\t' || lineBreak(c[i])); i++) {
            if (c[i] == '\t' && column(i) < plainIndent) {
                return new Problem(i, line(i), "found a tab character that violates indentation", line(plainStart));
            }
        }
        return null;
    }

    /** A block scalar's lines: spaces up to its indentation (found on its first non-empty line), never a tab. */
    private Problem blockScalar(int start, int end, int parentIndent) {
        int i = start;
        while (i < end && !lineBreak(c[i])) {
            if (c[i] >= '1' && c[i] <= '9') {
                return null; // an explicit indentation indicator: not checked here
            }
            i++;
        }
        int indent = 0;
        // go-yaml reads each line's indentation, the line after the scalar's last one included
        while (i < c.length) {
            i++; // the line break
            int col = 0;
            while (i < c.length && c[i] == ' ' && (indent == 0 || col < indent)) {
                i++;
                col++;
            }
            if (i < c.length && c[i] == '\t' && (indent == 0 || col < indent)) {
                return new Problem(i, line(i), "found a tab character where an indentation space is expected",
                        line(start));
            }
            if (i >= c.length) {
                break;
            }
            if (!lineBreak(c[i])) {
                if (indent == 0) {
                    indent = Math.max(Math.max(col, parentIndent + 1), 1);
                }
                if (col < indent) {
                    break; // a less indented line: the scalar ended before it
                }
            }
            while (i < c.length && !lineBreak(c[i])) {
                i++;
            }
        }
        return null;
    }

    /** Between tokens: go-yaml's scan_to_next_token (and, after a plain scalar, that scalar's own blank reading). */
    private Problem gap(int from, int to) {
        int i = from;
        if (plainIndent >= 0) {
            boolean leading = false;
            while (i < to && (c[i] == ' ' || c[i] == '\t' || lineBreak(c[i]))) {
                if (lineBreak(c[i])) {
                    leading = true;
                } else if (leading && c[i] == '\t' && column(i) < plainIndent) {
                    return new Problem(i, line(i), "found a tab character that violates indentation",
                            line(plainStart));
                } else if (leading && c[i] == '\t') {
                    // go-yaml reads it as a blank of the scalar's continuation; snakeyaml may refuse it: a space
                    tabsToSpaces.add(i);
                }
                i++;
            }
            plainIndent = -1;
            if (leading) {
                simpleKeyAllowed = true;
            }
        }
        while (i < to) {
            int ch = c[i];
            if (ch == '\t' && flow == 0 && simpleKeyAllowed) {
                return new Problem(i, line(i), "found character that cannot start any token");
            } else if (ch == '#') {
                while (i < to && !lineBreak(c[i])) {
                    i++;
                }
                continue;
            } else if (lineBreak(ch) && flow == 0) {
                simpleKeyAllowed = true;
            }
            i++;
        }
        return null;
    }

    private int column(int i) {
        int col = 0;
        for (int j = i - 1; j >= 0 && !lineBreak(c[j]); j--) {
            col++;
        }
        return col;
    }

    private int line(int i) {
        int line = 0;
        for (int j = 0; j < i && j < c.length; j++) {
            if (c[j] == '\n' || c[j] == '\r' && (j + 1 >= c.length || c[j + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static boolean lineBreak(int ch) {
        return ch == '\n' || ch == '\r';
    }

    private static boolean blankz(int ch) {
        return ch == ' ' || ch == '\t' || lineBreak(ch);
    }

    private static boolean alpha(char ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch == '-';
    }
}
