package io.helm4j.yaml;

import java.util.List;
import java.util.Map;

/**
 * go-yaml's emitter (emitterc.go) for the trees {@link GoYamlWriter} and {@link GoYamlV3Writer}
 * build: block mappings and sequences, "{}" and "[]" for empty ones, simple keys up to 128 bytes
 * and "? " keys beyond, and the scalar writers with their quoting choices. As v2 emits, a sequence
 * under a mapping key is not indented and text folds at 80 columns; as v3 emits (with indent 2), the
 * sequence is indented and nothing folds. Columns count code points, as go-yaml's do.
 */
final class GoYamlEmitter {
    private static final int BEST_INDENT = 2;

    private final boolean indentlessSequences;
    private final boolean v3;
    private final int bestWidth;
    private final StringBuilder out = new StringBuilder();
    private int[] indents = new int[16];
    private int depth;
    private int indent = -1;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int flowLevel;

    // node context, as yaml_emitter_emit_node sets it
    private boolean mappingContext;
    private boolean simpleKeyContext;

    /** go-yaml v2's emitter. */
    GoYamlEmitter() {
        this(false);
    }

    /** v2's emitter, or v3's with its indent set to 2. */
    GoYamlEmitter(boolean v3) {
        this.v3 = v3;
        indentlessSequences = !v3;
        bestWidth = v3 ? Integer.MAX_VALUE : 80;
    }

    String document(Object root) {
        node(root, false, false);
        writeIndent();
        return out.toString();
    }

    private void node(Object v, boolean mapping, boolean simpleKey) {
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                emptyFlow('{', '}');
            } else {
                blockMapping(m);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                emptyFlow('[', ']');
            } else {
                blockSequence(l);
            }
        } else if (v instanceof GoYamlWriter.Plain p) {
            scalar(p.text(), false);
        } else if (v instanceof GoYamlWriter.Tagged t) {
            writeIndicator(t.tag(), true, false, false);
            scalar(t.text(), false);
        } else {
            scalar((String) v, true);
        }
    }

    private void emptyFlow(char open, char close) {
        writeIndicator(String.valueOf(open), true, true, false);
        increaseIndent(true, false);
        popIndent();
        writeIndicator(String.valueOf(close), false, false, false);
    }

    private void blockMapping(Map<?, ?> m) {
        increaseIndent(false, false);
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object key = e.getKey();
            String text = key instanceof GoYamlWriter.Tagged t ? t.text() : (String) key;
            int length = utf8Length(text) + (key instanceof GoYamlWriter.Tagged t ? t.tag().length() : 0);
            writeIndent();
            ScalarAnalysis ka = ScalarAnalysis.of(text, v3);
            if (!ka.multiline && length <= 128) {
                node(key, true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(key, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(e.getValue(), true, false);
        }
        popIndent();
    }

    private void blockSequence(List<?> l) {
        increaseIndent(false, indentlessSequences && mappingContext && !indention);
        for (Object item : l) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false);
        }
        popIndent();
    }

    private void scalar(String value, boolean isString) {
        ScalarAnalysis a = ScalarAnalysis.of(value, v3);
        Style style = isString ? requestedStyle(value) : Style.PLAIN;
        style = selectStyle(style, a, value);
        increaseIndent(true, false);
        boolean allowBreaks = !simpleKeyContext;
        switch (style) {
            case PLAIN -> writePlain(value, allowBreaks);
            case SINGLE -> writeSingle(value, allowBreaks);
            case DOUBLE -> writeDouble(value, allowBreaks);
            case LITERAL -> writeLiteral(value);
        }
        popIndent();
    }

    private enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    /** encoder.stringv: literal for multi-line text, plain when it reads back as a string, else double. */
    private static Style requestedStyle(String s) {
        if (s.indexOf('\n') >= 0) {
            return Style.LITERAL;
        }
        return GoScalars.isPlainString(s) ? Style.PLAIN : Style.DOUBLE;
    }

    private Style selectStyle(Style style, ScalarAnalysis a, String value) {
        if (simpleKeyContext && a.multiline) {
            style = Style.DOUBLE;
        }
        if (style == Style.PLAIN) {
            if ((flowLevel > 0 && !a.flowPlainAllowed) || (flowLevel == 0 && !a.blockPlainAllowed)) {
                style = Style.SINGLE;
            }
            if (value.isEmpty() && (flowLevel > 0 || simpleKeyContext)) {
                style = Style.SINGLE;
            }
        }
        if (style == Style.SINGLE && !a.singleQuotedAllowed) {
            style = Style.DOUBLE;
        }
        if (style == Style.LITERAL && (!a.blockAllowed || flowLevel > 0 || simpleKeyContext)) {
            style = Style.DOUBLE;
        }
        return style;
    }

    // ---- low-level output (put, write_indent, write_indicator) ----

    private void increaseIndent(boolean flow, boolean indentless) {
        if (depth == indents.length) {
            indents = java.util.Arrays.copyOf(indents, depth * 2);
        }
        indents[depth++] = indent;
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void popIndent() {
        indent = indents[--depth];
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }

    private void writeCodePoint(int cp) {
        out.appendCodePoint(cp);
        column++;
    }

    private void writeIndent() {
        int ind = Math.max(indent, 0);
        if (!indention || column > ind || (column == ind && !whitespace)) {
            putBreak();
        }
        while (column < ind) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        out.append(indicator);
        column += indicator.length();
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    // ---- scalar writers ----

    private void writePlain(String value, boolean allowBreaks) {
        if (!whitespace) {
            put(' ');
        }
        boolean spaces = false;
        boolean breaks = false;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            int w = Character.charCount(cp);
            if (cp == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && !(i + 1 < n && value.charAt(i + 1) == ' ')) {
                    writeIndent();
                } else {
                    writeCodePoint(cp);
                }
                spaces = true;
            } else if (ScalarAnalysis.isBreak(cp)) {
                if (!breaks && cp == '\n') {
                    putBreak();
                }
                writeBreak(cp);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                writeCodePoint(cp);
                indention = false;
                spaces = false;
                breaks = false;
            }
            i += w;
        }
        whitespace = false;
        indention = false;
    }

    private void writeBreak(int cp) {
        if (cp == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(cp);
            column = 0;
        }
    }

    private void writeSingle(String value, boolean allowBreaks) {
        writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            int w = Character.charCount(cp);
            if (cp == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < n - 1
                        && value.charAt(i + 1) != ' ') {
                    writeIndent();
                } else {
                    writeCodePoint(cp);
                }
                spaces = true;
            } else if (ScalarAnalysis.isBreak(cp)) {
                if (!breaks && cp == '\n') {
                    putBreak();
                }
                writeBreak(cp);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (cp == '\'') {
                    put('\'');
                }
                writeCodePoint(cp);
                indention = false;
                spaces = false;
                breaks = false;
            }
            i += w;
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDouble(String value, boolean allowBreaks) {
        boolean spaces = false;
        writeIndicator("\"", true, false, false);
        // go-yaml's is_bom looks at the start of the value whatever the index: a leading BOM escapes everything
        boolean bom = value.startsWith("\uFEFF");
        int n = value.length();
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            int w = Character.charCount(cp);
            if (bom || !ScalarAnalysis.isPrintable(cp) || ScalarAnalysis.isBreak(cp) || cp == '"'
                    || cp == '\\') {
                put('\\');
                switch (cp) {
                    case 0x00 -> put('0');
                    case 0x07 -> put('a');
                    case 0x08 -> put('b');
                    case 0x09 -> put('t');
                    case 0x0A -> put('n');
                    case 0x0B -> put('v');
                    case 0x0C -> put('f');
                    case 0x0D -> put('r');
                    case 0x1B -> put('e');
                    case 0x22 -> put('"');
                    case 0x5C -> put('\\');
                    case 0x85 -> put('N');
                    case 0xA0 -> put('_');
                    case 0x2028 -> put('L');
                    case 0x2029 -> put('P');
                    default -> {
                        int digits;
                        if (cp <= 0xFF) {
                            put('x');
                            digits = 2;
                        } else if (cp <= 0xFFFF) {
                            put('u');
                            digits = 4;
                        } else {
                            put('U');
                            digits = 8;
                        }
                        for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
                            int d = (cp >> k) & 0xF;
                            put((char) (d < 10 ? '0' + d : 'A' + d - 10));
                        }
                    }
                }
                spaces = false;
            } else if (cp == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < n - 1) {
                    writeIndent();
                    if (i + 1 < n && value.charAt(i + 1) == ' ') {
                        put('\\');
                    }
                } else {
                    writeCodePoint(cp);
                }
                spaces = true;
            } else {
                writeCodePoint(cp);
                spaces = false;
            }
            i += w;
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeLiteral(String value) {
        writeIndicator("|", true, false, false);
        blockScalarHints(value);
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            if (ScalarAnalysis.isBreak(cp)) {
                writeBreak(cp);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                writeCodePoint(cp);
                indention = false;
                breaks = false;
            }
            i += Character.charCount(cp);
        }
    }

    private void blockScalarHints(String value) {
        if (!value.isEmpty()) {
            int first = value.codePointAt(0);
            if (first == ' ' || ScalarAnalysis.isBreak(first)) {
                writeIndicator(String.valueOf((char) ('0' + BEST_INDENT)), false, false, false);
            }
        }
        String chomp = null;
        if (value.isEmpty()) {
            chomp = "-";
        } else {
            int last = value.codePointBefore(value.length());
            int lastStart = value.length() - Character.charCount(last);
            if (!ScalarAnalysis.isBreak(last)) {
                chomp = "-";
            } else if (lastStart == 0) {
                chomp = "+";
            } else if (ScalarAnalysis.isBreak(value.codePointBefore(lastStart))) {
                chomp = "+";
            }
        }
        if (chomp != null) {
            writeIndicator(chomp, false, false, false);
        }
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
