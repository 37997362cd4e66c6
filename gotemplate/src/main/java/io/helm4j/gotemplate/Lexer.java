package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import io.helm4j.gotemplate.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Splits a template text into tokens the way Go's {@code text/template/parse} lexer does, including
 * trim markers and comments. Lexing stops at the first error, which becomes an {@link Kind#ERROR} token.
 */
final class Lexer {
    private static final String LEFT = "{{";
    private static final String RIGHT = "}}";
    private static final Map<String, Kind> KEYWORDS = Map.ofEntries(
            Map.entry(".", Kind.DOT), Map.entry("block", Kind.BLOCK), Map.entry("break", Kind.BREAK),
            Map.entry("continue", Kind.CONTINUE), Map.entry("define", Kind.DEFINE), Map.entry("else", Kind.ELSE),
            Map.entry("end", Kind.END), Map.entry("if", Kind.IF), Map.entry("range", Kind.RANGE),
            Map.entry("nil", Kind.NIL), Map.entry("template", Kind.TEMPLATE), Map.entry("with", Kind.WITH));

    private final String input;
    private final boolean breakOk;
    private final boolean continueOk;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int start;
    private int parenDepth;
    private int[] newlines;

    private Lexer(String input, boolean breakOk, boolean continueOk) {
        this.input = input;
        this.breakOk = breakOk;
        this.continueOk = continueOk;
    }

    /** All tokens of {@code input}, ending with EOF or ERROR. */
    static List<Token> lex(String input, boolean breakOk, boolean continueOk) {
        Lexer l = new Lexer(input, breakOk, continueOk);
        l.run();
        return l.tokens;
    }

    /** 1-based line of char offset {@code p}: one plus the newlines before it. */
    private int lineAt(int p) {
        if (newlines == null) {
            int[] nl = new int[16];
            int n = 0;
            for (int i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) {
                if (n == nl.length) {
                    nl = Arrays.copyOf(nl, n * 2);
                }
                nl[n++] = i;
            }
            newlines = Arrays.copyOf(nl, n);
        }
        int i = Arrays.binarySearch(newlines, p);
        return 1 + (i >= 0 ? i : -i - 1);
    }

    private void emit(Kind kind) {
        tokens.add(new Token(kind, start, input.substring(start, pos), lineAt(start)));
        start = pos;
    }

    private boolean error(String message) {
        tokens.add(new Token(Kind.ERROR, start, message, lineAt(start)));
        return false;
    }

    private void run() {
        boolean inside = false;
        while (true) {
            if (!inside) {
                if (!lexText()) {
                    return;
                }
                inside = true;
                if (!lexLeftDelim()) {
                    return;
                }
                if (lastKind() != Kind.LEFT_DELIM) {
                    inside = false;
                    continue;
                }
            }
            int r = lexInsideAction();
            if (r < 0) {
                return;
            }
            if (r == 1) {
                inside = false;
            }
        }
    }

    private Kind lastKind() {
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1).kind();
    }

    /** Text up to the next left delimiter; false when lexing is finished (EOF emitted). */
    private boolean lexText() {
        int x = input.indexOf(LEFT, pos);
        if (x >= 0) {
            if (x > pos) {
                pos = x;
                int trim = 0;
                if (hasLeftTrimMarker(x + LEFT.length())) {
                    trim = rightTrimLength(start, pos);
                }
                pos -= trim;
                if (pos > start) {
                    emit(Kind.TEXT);
                }
                pos += trim;
                start = pos;
            }
            return true;
        }
        pos = input.length();
        if (pos > start) {
            emit(Kind.TEXT);
        }
        emit(Kind.EOF);
        return false;
    }

    /** After a left delimiter: emits LEFT_DELIM, or skips a whole comment. False on error. */
    private boolean lexLeftDelim() {
        pos += LEFT.length();
        boolean trim = hasLeftTrimMarker(pos);
        int afterMarker = trim ? 2 : 0;
        if (input.startsWith("/*", pos + afterMarker)) {
            pos += afterMarker;
            start = pos;
            return lexComment();
        }
        emit(Kind.LEFT_DELIM);
        pos += afterMarker;
        start = pos;
        parenDepth = 0;
        return true;
    }

    private boolean lexComment() {
        pos += 2;
        int x = input.indexOf("*/", pos);
        if (x < 0) {
            return error("unclosed comment");
        }
        pos = x + 2;
        int delim = atRightDelim();
        if (delim == 0) {
            return error("comment ends before closing delimiter");
        }
        if (delim == 2) {
            pos += 2;
        }
        pos += RIGHT.length();
        if (delim == 2) {
            pos += leftTrimLength(pos);
        }
        start = pos;
        return true;
    }

    /** 0: not at right delimiter; 1: at it; 2: at " -}}". */
    private int atRightDelim() {
        if (hasRightTrimMarker(pos) && input.startsWith(RIGHT, pos + 2)) {
            return 2;
        }
        return input.startsWith(RIGHT, pos) ? 1 : 0;
    }

    private void lexRightDelim() {
        boolean trim = atRightDelim() == 2;
        if (trim) {
            pos += 2;
            start = pos;
        }
        pos += RIGHT.length();
        emit(Kind.RIGHT_DELIM);
        if (trim) {
            pos += leftTrimLength(pos);
            start = pos;
        }
    }

    /** One step inside an action: -1 error/stop, 1 action closed, 0 continue. */
    private int lexInsideAction() {
        if (atRightDelim() != 0) {
            if (parenDepth == 0) {
                lexRightDelim();
                return 1;
            }
            error("unclosed left paren");
            return -1;
        }
        if (pos >= input.length()) {
            error("unclosed action");
            return -1;
        }
        int r = input.codePointAt(pos);
        pos += Character.charCount(r);
        switch (r) {
            case ' ', '\t', '\r', '\n' -> {
                pos -= 1;
                return lexSpace();
            }
            case '=' -> emit(Kind.ASSIGN);
            case ':' -> {
                if (pos >= input.length() || input.charAt(pos) != '=') {
                    if (pos < input.length()) {
                        pos += Character.charCount(input.codePointAt(pos));
                    }
                    error("expected :=");
                    return -1;
                }
                pos++;
                emit(Kind.DECLARE);
            }
            case '|' -> emit(Kind.PIPE);
            case '"' -> {
                return lexQuote('"', Kind.STRING, "unterminated quoted string") ? 0 : -1;
            }
            case '`' -> {
                return lexRawQuote() ? 0 : -1;
            }
            case '$' -> {
                return lexFieldOrVariable(Kind.VARIABLE) ? 0 : -1;
            }
            case '\'' -> {
                return lexQuote('\'', Kind.CHAR_CONSTANT, "unterminated character constant") ? 0 : -1;
            }
            case '(' -> {
                emit(Kind.LEFT_PAREN);
                parenDepth++;
            }
            case ')' -> {
                parenDepth--;
                if (parenDepth < 0) {
                    error("unexpected right paren");
                    return -1;
                }
                emit(Kind.RIGHT_PAREN);
            }
            default -> {
                if (r == '.' && pos < input.length() && (input.charAt(pos) < '0' || input.charAt(pos) > '9')) {
                    return lexFieldOrVariable(Kind.FIELD) ? 0 : -1;
                }
                if (r == '.' || r == '+' || r == '-' || (r >= '0' && r <= '9')) {
                    pos = start;
                    return lexNumber() ? 0 : -1;
                }
                if (isAlphaNumeric(r)) {
                    pos = start;
                    return lexIdentifier() ? 0 : -1;
                }
                if (r <= 0x7f && r >= 0x20 && r != 0x7f) {
                    emit(Kind.CHAR);
                } else {
                    error("unrecognized character in action: " + goU(r));
                    return -1;
                }
            }
        }
        return 0;
    }

    private int lexSpace() {
        int numSpaces = 0;
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
            numSpaces++;
        }
        if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT, pos - 1 + 2)) {
            pos--;
            if (numSpaces == 1) {
                lexRightDelim();
                return 1;
            }
        }
        emit(Kind.SPACE);
        return 0;
    }

    private boolean lexIdentifier() {
        int r;
        while (true) {
            r = pos < input.length() ? input.codePointAt(pos) : -1;
            if (r >= 0 && isAlphaNumeric(r)) {
                pos += Character.charCount(r);
            } else {
                break;
            }
        }
        String word = input.substring(start, pos);
        if (!atTerminator()) {
            pos += Character.charCount(r);
            return error("bad character " + goU(r));
        }
        Kind k = KEYWORDS.get(word);
        if (k != null) {
            if ((k == Kind.BREAK && !breakOk) || (k == Kind.CONTINUE && !continueOk)) {
                emit(Kind.IDENTIFIER);
            } else {
                emit(k);
            }
        } else if (word.equals("true") || word.equals("false")) {
            emit(Kind.BOOL);
        } else {
            emit(Kind.IDENTIFIER);
        }
        return true;
    }

    private boolean lexFieldOrVariable(Kind kind) {
        if (atTerminator()) {
            emit(kind == Kind.VARIABLE ? Kind.VARIABLE : Kind.DOT);
            return true;
        }
        int r;
        while (true) {
            r = pos < input.length() ? input.codePointAt(pos) : -1;
            if (r >= 0 && isAlphaNumeric(r)) {
                pos += Character.charCount(r);
            } else {
                break;
            }
        }
        if (!atTerminator()) {
            if (r >= 0) {
                pos += Character.charCount(r);
            }
            return error("bad character " + goU(r));
        }
        emit(kind);
        return true;
    }

    private boolean atTerminator() {
        if (pos >= input.length()) {
            return true;
        }
        char r = input.charAt(pos);
        if (isSpace(r)) {
            return true;
        }
        return switch (r) {
            case '.', ',', '|', ':', ')', '(' -> true;
            default -> input.startsWith(RIGHT, pos);
        };
    }

    private boolean lexQuote(char quote, Kind kind, String unterminated) {
        while (true) {
            if (pos >= input.length()) {
                return error(unterminated);
            }
            char c = input.charAt(pos++);
            if (c == '\\') {
                if (pos >= input.length() || input.charAt(pos) == '\n') {
                    if (pos < input.length()) {
                        pos++;
                    }
                    return error(unterminated);
                }
                pos++;
            } else if (c == '\n') {
                return error(unterminated);
            } else if (c == quote) {
                break;
            }
        }
        emit(kind);
        return true;
    }

    private boolean lexRawQuote() {
        int x = input.indexOf('`', pos);
        if (x < 0) {
            pos = input.length();
            return error("unterminated raw quoted string");
        }
        pos = x + 1;
        emit(Kind.RAW_STRING);
        return true;
    }

    private boolean lexNumber() {
        if (!scanNumber()) {
            return error("bad number syntax: " + Strconv.quote(input.substring(start, pos)));
        }
        if (pos < input.length() && (input.charAt(pos) == '+' || input.charAt(pos) == '-')) {
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                return error("bad number syntax: " + Strconv.quote(input.substring(start, pos)));
            }
            emit(Kind.COMPLEX);
            return true;
        }
        emit(Kind.NUMBER);
        return true;
    }

    private boolean accept(String valid) {
        if (pos < input.length() && valid.indexOf(input.charAt(pos)) >= 0) {
            pos++;
            return true;
        }
        return false;
    }

    private void acceptRun(String valid) {
        while (pos < input.length() && valid.indexOf(input.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (pos < input.length()) {
            int r = input.codePointAt(pos);
            if (isAlphaNumeric(r)) {
                pos += Character.charCount(r);
                return false;
            }
        }
        return true;
    }

    private boolean hasLeftTrimMarker(int p) {
        return p + 1 < input.length() && input.charAt(p) == '-' && isSpace(input.charAt(p + 1));
    }

    private boolean hasRightTrimMarker(int p) {
        return p >= 0 && p + 1 < input.length() && isSpace(input.charAt(p)) && input.charAt(p + 1) == '-';
    }

    private int rightTrimLength(int from, int to) {
        int i = to;
        while (i > from && isSpace(input.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }

    private int leftTrimLength(int from) {
        int i = from;
        while (i < input.length() && isSpace(input.charAt(i))) {
            i++;
        }
        return i - from;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || Character.isLetter(r) || Character.isDigit(r);
    }

    /** Go's {@code %#U}: {@code U+0041 'A'}. */
    static String goU(int r) {
        if (r < 0) {
            return "U+FFFFFFFFFFFFFFFF";
        }
        String hex = String.format("U+%04X", r);
        int type = Character.getType(r);
        boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && r != ' '));
        return printable ? hex + " '" + new String(Character.toChars(r)) + "'" : hex;
    }
}
