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
    record Problem(int index, int line, String message, int contextLine, boolean parser) {
        Problem(int index, int line, String message) {
            this(index, line, message, line, false);
        }

        Problem(int index, int line, String message, int contextLine) {
            this(index, line, message, contextLine, false);
        }

        Problem(int index, int line, String message, boolean parser) {
            this(index, line, message, line, parser);
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

        /**
         * The error; go-yaml v3 names the line of the error's context (the scalar it was scanning) when not 0.
         * go-yaml names a scanner error's line 1-based, a parser error's 0-based (line 0 not at all).
         */
        YamlException exception(boolean v3) {
            int at = v3 && contextLine != 0 ? contextLine : line;
            int shown = parser ? at : at + 1;
            String where = at != 0 ? "line " + shown + ": " : "";
            return new YamlException(GoYamlReader.PREFIX + "yaml: " + where + message, at != 0 ? shown : -1);
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
    /** Where a valid directive after content ends the first document (go-yaml reads no further), else -1. */
    private int cut = -1;
    /** Characters of a tag go-yaml reads that snakeyaml's tag may not hold ({@code ,[]}), by code point index. */
    private final java.util.Map<Integer, String> replaced = new java.util.HashMap<>();
    /** The open flow collections, innermost first: 'S' a sequence, 'M' a mapping. */
    private final Deque<Character> flows = new ArrayDeque<>();

    private GoYamlScanRules(String text, boolean firstOnly) {
        this.c = text.codePoints().toArray();
        this.firstOnly = firstOnly;
    }

    /**
     * The first of these errors go-yaml finds in {@code text} (in its first document only when {@code firstOnly}:
     * sigs.k8s.io/yaml's Unmarshal reads no further), as far as snakeyaml's scanner reads, or null.
     */
    static Problem first(String text, boolean firstOnly) {
        if (!suspect(text)) {
            return null;
        }
        String t = text;
        for (int round = 0; round < 16; round++) { // each round reads on past what the one before rewrote
            GoYamlScanRules r = new GoYamlScanRules(t, firstOnly);
            Problem p = r.scan(t);
            if (p != null || !r.rewrites() || r.cut >= 0) {
                return p;
            }
            t = r.rewritten();
        }
        return null;
    }

    /**
     * True when the text holds what these rules look at: a tab, {@code &}, {@code *}, or a {@code !} or a block
     * scalar's {@code |#}/{@code >#} where a token may start (after a blank, a flow indicator or at a line's start).
     */
    private static boolean suspect(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('&') >= 0 || text.indexOf('*') >= 0) {
            return true;
        }
        for (int i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
            if (i == 0 || " \n\r[{,".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        if (text.startsWith("%") || text.contains("\n%") || text.contains("\r%")) {
            return true;
        }
        if (text.indexOf('[') >= 0 || text.indexOf('{') >= 0) {
            // a flow collection's '?' (go-yaml's key indicator, blank or not) or a '-' before a flow indicator
            if (flowIndicatorAfter(text, '-') || flowIndicatorAfter(text, ':')) {
                return true;
            }
            for (int i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
                if (i == 0 || " \t\n\r[{,".indexOf(text.charAt(i - 1)) >= 0) {
                    return true;
                }
            }
        }
        boolean header = false;
        for (String h : new String[] {"|#", ">#", "-#", "+#", "1#", "2#", "3#", "4#", "5#", "6#", "7#", "8#", "9#"}) {
            header |= text.contains(h);
        }
        for (int i = header ? text.indexOf('#') : -1; i > 0; i = text.indexOf('#', i + 1)) {
            char b = text.charAt(i - 1);
            if (b == '|' || b == '>' || b == '+' || b == '-' || b >= '1' && b <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code ch} stands right before a flow indicator as go-yaml reads it differently: a {@code -} token
     * ({@code [-]}, after a blank or a flow indicator) or a {@code :} ending a word ({@code {a:}}); not in template
     * residue such as {@code -}}} or {@code :{{}.
     */
    private static boolean flowIndicatorAfter(String text, char ch) {
        String pairs = ch == '-' ? ",[]{}" : ",]}";
        boolean any = false;
        for (int k = 0; k < pairs.length() && !any; k++) {
            any = text.indexOf("" + ch + pairs.charAt(k)) >= 0; // most texts hold none: no loop over every ch
        }
        if (!any) {
            return false;
        }
        for (int i = text.indexOf(ch); i >= 0 && i + 1 < text.length(); i = text.indexOf(ch, i + 1)) {
            char next = text.charAt(i + 1);
            if (pairs.indexOf(next) < 0 || next == '}' && i + 2 < text.length() && text.charAt(i + 2) == '}') {
                continue;
            }
            char prev = i > 0 ? text.charAt(i - 1) : '\n';
            if (ch == '-' ? " \t\n\r[{,".indexOf(prev) >= 0 : " \t\n\r:".indexOf(prev) < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean rewrites() {
        return !splits.isEmpty() || !tabsToSpaces.isEmpty() || !replaced.isEmpty();
    }

    /** The text with a space inserted at each split, tabs to spaces, and the replaced characters. */
    private String rewritten() {
        StringBuilder b = new StringBuilder(c.length + splits.size());
        java.util.List<Integer> at = new java.util.ArrayList<>(splits);
        java.util.Collections.sort(at);
        int next = 0;
        for (int i = 0; i < c.length; i++) {
            while (next < at.size() && at.get(next) == i) {
                b.append(' ');
                next++;
            }
            if (replaced.containsKey(i)) {
                b.append(replaced.get(i));
            } else {
                b.appendCodePoint(tabsToSpaces.contains(i) ? ' ' : c[i]);
            }
        }
        return b.toString();
    }

    /**
     * The text with a space where go-yaml ends an anchor's or alias's name that snakeyaml reads on
     * ({@code &x:y}, {@code *x?}): snakeyaml then reads the rest as go-yaml does, as the next token on the same
     * line (a space moves nothing that go-yaml's messages show); and with spaces for the tabs that indent a plain
     * scalar's continuation line right of its indentation ({@code a: x\n  \ty} is {@code x y} in go-yaml, whose
     * folding drops that indentation either way). The text itself when there is none.
     */
    static String splitAnchorNames(String text) {
        return rewrite(text, false);
    }

    /**
     * {@link #splitAnchorNames}, and for {@code firstOnly} the text up to a valid directive after the first
     * document's content ({@code a: 1\n%YAML 1.1}: go-yaml's first document ends there, sigs.k8s.io/yaml reads no
     * further, where snakeyaml wants a document end before it).
     */
    static String rewrite(String text, boolean firstOnly) {
        if (!suspect(text)) {
            return text;
        }
        String t = text;
        for (int round = 0; round < 16; round++) { // each round reads on past what the one before fixed
            GoYamlScanRules r = new GoYamlScanRules(t, firstOnly);
            r.scan(t);
            if (!r.rewrites()) {
                return r.cut >= 0 ? t.substring(0, t.offsetByCodePoints(0, r.cut)) : t;
            }
            t = r.rewritten();
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
                end = Math.max(pos, Math.min(c.length, end));
                Problem p = gap(pos, end);
                if (p != null || end >= c.length) {
                    return p;
                }
                if (c[end] != '!' && String.valueOf(e instanceof MarkedYamlEngineException m ? m.getContext() : "")
                        .startsWith("while scanning a tag")) {
                    int b = end; // the tag's start, where snakeyaml names none
                    while (b > pos && c[b] != '!') {
                        b--;
                    }
                    end = c[b] == '!' ? b : end;
                }
                if (c[end] == '!') {
                    return tag(end, -1); // snakeyaml could not read the tag that go-yaml reads
                }
                if (c[end] == '|' || c[end] == '>') {
                    blockHeaderComment(end);
                }
                if (c[end] == '%' && column(end) == 0) {
                    return directive(end);
                }
                int q = e instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()
                        ? m.getProblemMark().get().getIndex() : -1;
                if (q >= pos && q < c.length && (c[q] == '?' || c[q] == '-')) {
                    // snakeyaml reads tokens ahead: the flow collections opened since pos are not counted yet
                    catchUpFlows(pos, q);
                }
                if (flow > 0 && q >= pos && q < c.length && c[q] == '?') {
                    return flowKey(q);
                }
                if (flow > 0 && q >= pos && q < c.length && c[q] == '-'
                        && (q + 1 >= c.length || ",[]{}".indexOf(c[q + 1]) >= 0)) {
                    replaced.put(q, "\"-\""); // go-yaml: a plain scalar "-", ended by the flow indicator
                }
                return null;
            }
            int start = index(t.getStartMark(), pos);
            if (firstOnly && (t.getTokenId() == Token.ID.DocumentStart && content
                    || t.getTokenId() == Token.ID.DocumentEnd)) {
                return null; // the first document ended
            }
            content |= t.getTokenId() != Token.ID.StreamStart && t.getTokenId() != Token.ID.DocumentStart
                    && t.getTokenId() != Token.ID.Directive;
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
            case Directive -> {
                simpleKeyAllowed = false;
                Problem p = directive(start);
                if (p == null && content && firstOnly && cut < 0) {
                    cut = start; // the first document ended: Go's parser asks for no further token
                }
                return p;
            }
            case Tag -> {
                simpleKeyAllowed = false;
                return tag(start, index(t.getEndMark(), start));
            }
            case DocumentStart, DocumentEnd, FlowSequenceEnd, FlowMappingEnd -> {
                if (t.getTokenId() == Token.ID.FlowSequenceEnd || t.getTokenId() == Token.ID.FlowMappingEnd) {
                    flow = Math.max(0, flow - 1);
                    flows.poll();
                }
                simpleKeyAllowed = false;
            }
            case FlowSequenceStart, FlowMappingStart -> {
                flow++;
                flows.push(t.getTokenId() == Token.ID.FlowSequenceStart ? 'S' : 'M');
                simpleKeyAllowed = true;
            }
            case FlowEntry, BlockEntry -> simpleKeyAllowed = true;
            case Key -> {
                explicitKey = start < c.length && c[start] == '?' && (start + 1 >= c.length || blankz(c[start + 1]));
                if (explicitKey && flow > 0) {
                    Problem p = flowKey(start);
                    if (p != null) {
                        return p;
                    }
                }
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
                if (s.getStyle() == ScalarStyle.PLAIN && flow > 0 && start < c.length && c[start] == '?') {
                    return flowKey(start); // go-yaml: '?' is a key indicator in a flow collection, blank or not
                }
                if (s.getStyle() == ScalarStyle.PLAIN && flow > 0) {
                    plainThroughColon(start, end);
                }
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

    /**
     * go-yaml's scan_tag at {@code start} (its {@code !}): {@code !<uri>}, or a handle ({@code !}, {@code !!},
     * {@code !word!}) and a suffix of URI characters, which include {@code ,[]} and {@code %XX} escapes of UTF-8;
     * then a blank or the end must follow (also in a flow collection). Its error, or null; where snakeyaml read
     * another tag ({@code snakeEnd}, -1 when it could not read one), the characters it may not hold are replaced
     * by {@code x} (a tag of an unknown name either way: go-yaml keeps the value as written).
     */
    private Problem tag(int start, int snakeEnd) {
        int p = start + 1;
        if (p < c.length && c[p] == '<') {
            int q = tagUri(p + 1);
            if (q < 0) {
                return escapeProblem(-q - 2, start);
            }
            if (q == p + 1) {
                return new Problem(start, line(start), "did not find expected tag URI");
            }
            if (q >= c.length || c[q] != '>') {
                return new Problem(start, line(start), "did not find the expected '>'");
            }
            p = q + 1;
        } else {
            while (p < c.length && alpha(c[p])) {
                p++;
            }
            boolean handle = p < c.length && c[p] == '!';
            if (handle) {
                p++;
            }
            int q = tagUri(p);
            if (q < 0) {
                return escapeProblem(-q - 2, start);
            }
            if (handle && p - start > 1 && q == p) {
                return new Problem(start, line(start), "did not find expected tag URI");
            }
            p = q;
        }
        if (p < c.length && !blankz(c[p]) && c[p] != 0x85 && c[p] != 0x2028 && c[p] != 0x2029) {
            return new Problem(start, line(start), "did not find expected whitespace or line break");
        }
        if (snakeEnd != p) {
            for (int i = start + 1; i < p; i++) {
                if (c[i] == ',' || c[i] == '[' || c[i] == ']') {
                    replaced.put(i, "x");
                }
            }
        }
        return null;
    }

    /**
     * A {@code ?} in a flow collection: go-yaml's KEY token whatever follows (a blank is inserted where snakeyaml
     * would read a plain scalar). In a flow sequence go-yaml's parser then skips the token after the key when it is
     * {@code :}, {@code ,} or {@code ]} (parse_flow_sequence_entry_mapping_key), so that token is blanked out; the
     * one after it must then be {@code :}, {@code ,} or {@code ]}, else {@code did not find expected ',' or ']'}.
     */
    private Problem flowKey(int q) {
        int b = q - 1;
        while (b >= 0 && blankz(c[b])) {
            b--;
        }
        int t = nextToken(q + 1);
        if (b >= 0 && c[b] == ':' || t < c.length && c[t] == '?') {
            // a key where go-yaml's parser wants a value's node, or a key after a key
            int at = b >= 0 && c[b] == ':' ? q : t;
            return new Problem(at, line(at), "did not find expected node content", true);
        }
        if (q + 1 < c.length && !blankz(c[q + 1])) {
            splits.add(q + 1);
        }
        if (flows.isEmpty() || flows.peek() != 'S') {
            return null;
        }
        if (t >= c.length || c[t] != ',' && c[t] != ']' && c[t] != ':') {
            return null;
        }
        // skipped: the key is empty (null), and a value follows only after a ':'
        replaced.put(q, "? ~");
        splits.remove(Integer.valueOf(q + 1));
        replaced.put(t, " ");
        int n = nextToken(t + 1);
        if (n >= c.length) {
            int end = line(c.length) + (c.length > 0 && !lineBreak(c[c.length - 1]) ? 1 : 0);
            return new Problem(q, end, "did not find expected ',' or ']'", true);
        }
        if (c[n] != ',' && c[n] != ']' && c[n] != ':') {
            return new Problem(q, line(n), "did not find expected ',' or ']'", true);
        }
        return null;
    }

    /**
     * A plain scalar of a flow collection that go-yaml reads on through a {@code :} followed by {@code ,]}}
     * ({@code {a:}} is the key {@code "a:"}; snakeyaml ends the scalar before the {@code :}): written double-quoted
     * with its colon (single-line scalars).
     */
    private void plainThroughColon(int start, int end) {
        if (end + 1 >= c.length || c[end] != ':' || ",]}".indexOf(c[end + 1]) < 0) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (lineBreak(c[i])) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            String ch = c[i] == '"' || c[i] == '\\' ? "\\" + (char) c[i] : new String(Character.toChars(c[i]));
            replaced.put(i, i == start ? "\"" + ch : ch);
        }
        replaced.put(end, ":\"");
    }

    /** Counts the flow collections opened and closed in {@code c[from, to)} (quotes and comments skipped). */
    private void catchUpFlows(int from, int to) {
        int i = from;
        while (i < to) {
            int ch = c[i];
            if (ch == '\'' || ch == '"') {
                int j = i + 1;
                while (j < to && c[j] != ch) {
                    j += ch == '"' && c[j] == '\\' ? 2 : 1;
                }
                i = j + 1;
                continue;
            }
            if (ch == '#' && (i == 0 || blankz(c[i - 1]))) {
                while (i < to && !lineBreak(c[i])) {
                    i++;
                }
                continue;
            }
            if (ch == '[' || ch == '{') {
                flow++;
                flows.push(ch == '[' ? 'S' : 'M');
            } else if ((ch == ']' || ch == '}') && flow > 0) {
                flow--;
                flows.poll();
            }
            i++;
        }
    }

    /** The next token's start from {@code from}: past blanks, line breaks and comments. */
    private int nextToken(int from) {
        int i = from;
        while (i < c.length) {
            if (blankz(c[i])) {
                i++;
            } else if (c[i] == '#' && (i == 0 || blankz(c[i - 1]))) {
                while (i < c.length && !lineBreak(c[i])) {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * go-yaml's scan_directive at {@code start} (a {@code %} at a line's start, in any context): a name of
     * {@code [0-9A-Za-z_-]} and a blank; {@code %YAML} with MAJOR.MINOR (up to 9 digits each), {@code %TAG} with a
     * handle ({@code !}, {@code !!}, {@code !word!}), blanks and a prefix of URI characters; then blanks, a comment and
     * a line break. In the first document (before content) a version other than 1.1 is go-yaml's parser error.
     */
    private Problem directive(int start) {
        int ln = line(start);
        int i = start + 1;
        int n = i;
        while (i < c.length && alpha(c[i])) {
            i++;
        }
        String name = new String(c, n, i - n);
        if (name.isEmpty()) {
            return new Problem(start, ln, "could not find expected directive name");
        }
        if (i < c.length && !breakz(c[i]) && c[i] != ' ' && c[i] != '\t') {
            return new Problem(start, ln, "found unexpected non-alphabetical character");
        }
        if (name.equals("YAML")) {
            while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
                i++;
            }
            long[] major = new long[1];
            String p = versionNumber(i, major);
            if (p != null) {
                return new Problem(start, ln, p);
            }
            i = skipDigits(i);
            if (i >= c.length || c[i] != '.') {
                return new Problem(start, ln, "did not find expected digit or '.' character");
            }
            long[] minor = new long[1];
            p = versionNumber(i + 1, minor);
            if (p != null) {
                return new Problem(start, ln, p);
            }
            i = skipDigits(i + 1);
            if (!content && (major[0] != 1 || minor[0] != 1)) {
                Problem rest = restOfLine(i, start, ln);
                return rest != null ? rest : new Problem(start, ln, "found incompatible YAML document", true);
            }
        } else if (name.equals("TAG")) {
            while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
                i++;
            }
            if (i >= c.length || c[i] != '!') {
                return new Problem(start, ln, "did not find expected '!'");
            }
            int h = i + 1;
            while (h < c.length && alpha(c[h])) {
                h++;
            }
            if (h < c.length && c[h] == '!') {
                h++;
            } else if (h != i + 1) {
                return new Problem(start, ln, "did not find expected '!'");
            }
            i = h;
            if (i >= c.length || c[i] != ' ' && c[i] != '\t') {
                return new Problem(start, ln, "did not find expected whitespace");
            }
            while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
                i++;
            }
            int q = tagUri(i);
            if (q < 0) {
                return escapeProblem(-q - 2, start);
            }
            if (q == i) {
                return new Problem(start, ln, "did not find expected tag URI");
            }
            i = q;
            if (i < c.length && !blankz(c[i]) && !breakz(c[i])) {
                return new Problem(start, ln, "did not find expected whitespace or line break");
            }
        } else {
            return new Problem(start, ln, "found unknown directive name");
        }
        return restOfLine(i, start, ln);
    }

    /** After a directive's value: blanks, a comment, then a line break or the end. */
    private Problem restOfLine(int from, int start, int ln) {
        int i = from;
        while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
            i++;
        }
        if (i < c.length && c[i] == '#') {
            while (i < c.length && !breakz(c[i])) {
                i++;
            }
        }
        if (i < c.length && !breakz(c[i])) {
            return new Problem(start, ln, "did not find expected comment or line break");
        }
        return null;
    }

    private String versionNumber(int from, long[] value) {
        int i = from;
        while (i < c.length && c[i] >= '0' && c[i] <= '9') {
            if (i - from + 1 > 9) {
                return "found extremely long version number";
            }
            value[0] = value[0] * 10 + (c[i] - '0');
            i++;
        }
        return i == from ? "did not find expected version number" : null;
    }

    private int skipDigits(int from) {
        int i = from;
        while (i < c.length && c[i] >= '0' && c[i] <= '9') {
            i++;
        }
        return i;
    }

    private static boolean breakz(int ch) {
        return ch == '\n' || ch == '\r' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0;
    }

    /**
     * The end of a tag's URI characters from {@code from}; for a bad {@code %} escape at {@code at},
     * {@code -2 - (3 * at + kind)}, kind 0: no escaped octet, 1: an incorrect leading octet, 2: trailing.
     */
    private int tagUri(int from) {
        int i = from;
        while (i < c.length && (alpha(c[i]) || ";/?:@&=+$,.!~*'()[]%".indexOf(c[i]) >= 0)) {
            if (c[i] == '%') {
                int w = 1024;
                while (w > 0) {
                    if (!(i + 2 < c.length && c[i] == '%' && hex(c[i + 1]) && hex(c[i + 2]))) {
                        return -2 - 3 * i;
                    }
                    int octet = Character.digit(c[i + 1], 16) * 16 + Character.digit(c[i + 2], 16);
                    if (w == 1024) {
                        w = octet < 0x80 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                                : (octet & 0xF8) == 0xF0 ? 4 : 0;
                        if (w == 0) {
                            return -2 - (3 * i + 1); // an incorrect leading octet
                        }
                    } else if ((octet & 0xC0) != 0x80) {
                        return -2 - (3 * i + 2); // an incorrect trailing octet
                    }
                    i += 3;
                    w--;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private Problem escapeProblem(int code, int start) {
        String message = code % 3 == 2 ? "found an incorrect trailing UTF-8 octet"
                : code % 3 == 1 ? "found an incorrect leading UTF-8 octet" : "did not find URI escaped octet";
        return new Problem(start, line(start), message); // at the tag's start: before snakeyaml's error in it
    }

    private static boolean hex(int ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    /**
     * go-yaml skips blanks after a block scalar's indicators and then a comment, with no blank needed before its
     * {@code #} ({@code |# c}); snakeyaml wants one: a space is inserted there.
     */
    private void blockHeaderComment(int start) {
        int i = start + 1;
        while (i < c.length && (c[i] == '+' || c[i] == '-' || c[i] >= '0' && c[i] <= '9')) {
            i++;
        }
        if (i < c.length && c[i] == '#' && (c[i - 1] == '|' || c[i - 1] == '>' || c[i - 1] == '+' || c[i - 1] == '-'
                || c[i - 1] >= '0' && c[i - 1] <= '9')) {
            splits.add(i);
        }
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

    private static boolean alpha(int ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch == '-';
    }
}
