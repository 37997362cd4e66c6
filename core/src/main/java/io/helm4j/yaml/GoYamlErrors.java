package io.helm4j.yaml;

import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * snakeyaml-engine's scanner, parser and composer errors in go-yaml v2's words, with the line
 * go-yaml names: a scanner error names its problem line (1-based); a parser error names the
 * 0-based line of its problem (so usually the line before), and no line at all on line 0.
 * go-yaml v3 (Helm 4's plugin.yaml) words them alike but prefers the context's line (the construct the error is
 * in: the key, the quote, the open bracket or the mapping) to the problem's when the context is not on line 0.
 */
final class GoYamlErrors {
    private GoYamlErrors() {
    }

    static YamlException translate(YamlEngineException e, String text) {
        return translate(e, text, false);
    }

    static YamlException translate(YamlEngineException e, String text, boolean v3) {
        String msg;
        int line = -1;
        if (e instanceof ReaderException) {
            msg = "control characters are not allowed";
        } else if (e instanceof ComposerException ce && ce.getProblem() != null
                && ce.getProblem().startsWith("found undefined alias ")) {
            msg = "unknown anchor '" + ce.getProblem().substring("found undefined alias ".length()) + "' referenced";
        } else if (e instanceof MarkedYamlEngineException me) {
            boolean scanner = e instanceof ScannerException;
            msg = scanner ? scannerProblem(me) : parserProblem(me);
            if (scanner && String.valueOf(me.getContext()).startsWith("while scanning a directive")) {
                msg = directiveProblem(me, text, msg);
            }
            int pm = line(me.getProblemMark());
            int cm = line(me.getContextMark());
            if (scanner && msg.equals("could not find expected ':'") && cm == pm
                    && atStreamEndMidLine(me.getProblemMark(), text)) {
                // go-yaml forces a line break when it reaches the end of a stream mid-line, and only
                // then finds that a key on that last line never got its ':': it names the line after
                // the last. A key on an earlier line is found stale before that, on its own line; other
                // errors at the end (an unclosed quote, a directive) are found before the break too.
                pm++;
            } else if (!scanner && atStreamEndMidLine(me.getProblemMark(), text)) {
                // a parser error at the stream end: go-yaml's STREAM-END token stands after that forced break
                pm++;
            }
            if (v3 && cm > 0) {
                line = scanner ? cm + 1 : cm;
            } else if (pm > 0) {
                line = scanner ? pm + 1 : pm;
            } else if (cm > 0) {
                line = cm;
            }
        } else {
            msg = e.getMessage();
        }
        String where = line > 0 ? "line " + line + ": " : "";
        return new YamlException(GoYamlReader.PREFIX + "yaml: " + where + msg, line, e);
    }

    /**
     * snakeyaml-engine lacks the double-quoted escapes \L and \P (U+2028, U+2029) that go-yaml knows:
     * when it stops at one, the text with that escape spelled as \u2028 or \u2029, else null.
     */
    static String lineSeparatorEscape(String text, YamlEngineException e) {
        if (!(e instanceof ScannerException se) || se.getProblem() == null
                || !se.getProblem().startsWith("found unknown escape character") || se.getProblemMark().isEmpty()) {
            return null;
        }
        int cpIndex = se.getProblemMark().get().getIndex();
        if (cpIndex <= 0 || cpIndex > text.codePointCount(0, text.length())) {
            return null;
        }
        int at = text.offsetByCodePoints(0, cpIndex);
        if (at >= text.length() || text.charAt(at - 1) != '\\') {
            return null;
        }
        char c = text.charAt(at);
        if (c != 'L' && c != 'P') {
            return null;
        }
        return text.substring(0, at) + (c == 'L' ? "u2028" : "u2029") + text.substring(at + 1);
    }

    private static boolean atStreamEndMidLine(Optional<Mark> m, String text) {
        return m.isPresent() && m.get().getColumn() != 0
                && m.get().getIndex() >= text.codePointCount(0, text.length());
    }

    private static int line(Optional<Mark> m) {
        return m.map(Mark::getLine).orElse(0);
    }

    /**
     * go-yaml's scan_directive_name: a name of {@code [0-9A-Za-z_-]} (none: {@code could not find expected directive
     * name}) that a blank or the end must follow ({@code found unexpected non-alphabetical character}).
     */
    private static String directiveProblem(MarkedYamlEngineException e, String text, String otherwise) {
        if (e.getContextMark().isEmpty()) {
            return otherwise;
        }
        int[] c = text.codePoints().toArray();
        int i = e.getContextMark().get().getIndex();
        if (i >= c.length || c[i] != '%') {
            return otherwise;
        }
        int j = i + 1;
        while (j < c.length && (c[j] >= '0' && c[j] <= '9' || c[j] >= 'a' && c[j] <= 'z' || c[j] >= 'A' && c[j] <= 'Z'
                || c[j] == '_' || c[j] == '-')) {
            j++;
        }
        if (j == i + 1) {
            return "could not find expected directive name";
        }
        if (j < c.length && " \t\r\n\u0085\u2028\u2029".indexOf(c[j]) < 0) {
            return "found unexpected non-alphabetical character";
        }
        return otherwise;
    }

    private static String scannerProblem(MarkedYamlEngineException e) {
        String p = String.valueOf(e.getProblem());
        String c = String.valueOf(e.getContext());
        if (p.startsWith("sequence entries are not allowed")) {
            return "block sequence entries are not allowed in this context";
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed in this context";
        }
        if (p.startsWith("mapping keys are not allowed")) {
            return "mapping keys are not allowed in this context";
        }
        if (p.contains("that cannot start any token") || p.startsWith("found a key after \\t")) {
            return "found character that cannot start any token";
        }
        if (p.startsWith("found unknown escape character")) {
            return "found unknown escape character";
        }
        if (p.startsWith("found unexpected end of stream")) {
            return "found unexpected end of stream";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "could not find expected ':'";
        }
        if (c.startsWith("while scanning a directive")) {
            return p.startsWith("expected alphabetic or numeric character") ? "could not find expected directive name"
                    : "found unknown directive name";
        }
        if (p.startsWith("expected URI")) {
            return "did not find expected tag URI";
        }
        if (p.startsWith("expected chomping or indentation indicators") || p.startsWith("expected a comment or a line break")) {
            return "did not find expected comment or line break";
        }
        if (p.startsWith("expected ' ', but found")) {
            return "did not find expected whitespace or line break";
        }
        if (p.startsWith("unexpected character found") || p.startsWith("expected alphabetic or numeric character")) {
            return "did not find expected alphabetic or numeric character";
        }
        if (p.startsWith("expected escape sequence of")) {
            return "did not find expected hexdecimal number";
        }
        if (p.startsWith("found undefined tag handle")) {
            return "found undefined tag handle"; // go-yaml does not name it
        }
        if (p.startsWith("found a tab character")) {
            return "found a tab character that violates indentation";
        }
        return p;
    }

    private static String parserProblem(MarkedYamlEngineException e) {
        String p = String.valueOf(e.getProblem());
        String c = String.valueOf(e.getContext());
        if (c.startsWith("while parsing a block mapping")) {
            return "did not find expected key";
        }
        if (c.startsWith("while parsing a block collection")) {
            return "did not find expected '-' indicator";
        }
        if (c.startsWith("while parsing a flow sequence")) {
            return "did not find expected ',' or ']'";
        }
        if (c.startsWith("while parsing a flow mapping")) {
            return "did not find expected ',' or '}'";
        }
        if (p.startsWith("expected the node content") || c.startsWith("while parsing a block node")
                || c.startsWith("while parsing a flow node")) {
            return "did not find expected node content";
        }
        if (p.startsWith("found undefined tag handle")) {
            return "found undefined tag handle"; // go-yaml does not name it
        }
        if (p.startsWith("found duplicate YAML directive")) {
            return "found duplicate %YAML directive";
        }
        if (p.startsWith("duplicate tag handle")) {
            return "found duplicate %TAG directive";
        }
        if (p.contains("<document start>")) {
            return "did not find expected <document start>";
        }
        if (e instanceof ParserException && p.startsWith("found incompatible YAML document")) {
            return "found incompatible YAML document";
        }
        return p;
    }
}
