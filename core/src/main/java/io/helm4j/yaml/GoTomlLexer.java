package io.helm4j.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The tokens of a TOML text as BurntSushi/toml v1.6.0's lexer produces them, up to its first error. That lexer
 * is a state machine whose states decide which error a malformed text gets, with which rune and on which line
 * (a bare key may be empty, so {@code $ = 1} ends the key and then fails with {@code expected '.' or '=', but
 * got '$' instead}; every rune read, peeked ones included, is first checked for invalid UTF-8 and control
 * characters; backing up undoes at most the last four reads). {@link GoTomlReader} parses the tokens. The
 * text is a Go string carried in a Java string (an invalid byte as a lone surrogate U+DC80..U+DCFF).
 */
final class GoTomlLexer {
    enum Type {
        TEXT, STRING, STRING_ESC, RAW, ML_STRING, ML_RAW, BOOL, INTEGER, FLOAT, DATETIME, ARRAY, ARRAY_END,
        TABLE_START, TABLE_END, ARRAY_TABLE_START, ARRAY_TABLE_END, KEY_START, KEY_END, COMMENT_START,
        INLINE_START, INLINE_END, EOF, ERROR
    }

    /** A token: its type, its text (the message for ERROR) and the line the lexer was on when it ended. */
    record Token(Type type, String val, int line) {
    }

    /** The lexer's states; after a value or a comment the state on the stack takes over. */
    private enum State {
        TOP, TOP_END, TABLE_START, TABLE_END, ARRAY_TABLE_END, TABLE_NAME_START, TABLE_NAME_END, BARE_NAME,
        QUOTED_NAME, KEY_START, KEY_NAME_START, KEY_END, VALUE, ARRAY_VALUE, ARRAY_VALUE_END, ARRAY_END,
        INLINE_VALUE, INLINE_VALUE_END, INLINE_END, STRING, ML_STRING, RAW_STRING, ML_RAW_STRING, ML_STRING_ESCAPE,
        STRING_ESCAPE, HEX_ESCAPE, SHORT_UNICODE_ESCAPE, LONG_UNICODE_ESCAPE, NUMBER_OR_DATE_START, NUMBER_OR_DATE,
        DATETIME, HEX_INTEGER, OCTAL_INTEGER, BINARY_INTEGER, DECIMAL_NUMBER, DECIMAL_NUMBER_START,
        BASE_NUMBER_OR_DATE, FLOAT, BOOL, COMMENT_START, COMMENT
    }

    /** The rune {@code next} returns at the end of the input, as BurntSushi's (NUL). */
    static final int EOF = 0;
    private static final int RUNE_ERROR = 0xFFFD;

    /** Ends the lexing at the first error (the parser stops at it). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final String in;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private final int[] widths = new int[4];
    private int nprev;
    private int start;
    private int pos;
    private int line = 1;
    private boolean atEof;
    /** A string held an escape (STRING_ESC instead of STRING). */
    private boolean esc;

    private GoTomlLexer(String in) {
        this.in = in;
    }

    /** Every token of {@code text}, ending with EOF or with the first ERROR. */
    static List<Token> lex(String text) {
        GoTomlLexer lx = new GoTomlLexer(text);
        try {
            State s = State.TOP;
            while (s != null) {
                s = lx.step(s);
            }
        } catch (Stop e) {
            // the ERROR token is the last
        }
        return lx.tokens;
    }

    // ---- the cursor ----

    private int next() {
        if (pos >= in.length()) {
            atEof = true;
            return EOF;
        }
        if (in.charAt(pos) == '\n') {
            line++;
        }
        System.arraycopy(widths, 0, widths, 1, 3);
        nprev = Math.min(4, nprev + 1);
        int r = in.codePointAt(pos);
        if (r >= 0xDC80 && r <= 0xDCFF) {
            error("invalid UTF-8 byte: 0x" + String.format("%02x", r - 0xDC00));
        }
        if (isControl(r) || r == '\r' && (pos == in.length() - 1 || in.charAt(pos + 1) != '\n')) {
            fail("TOML files cannot contain control characters: '0x" + String.format("%02x", r) + "'", line);
        }
        int w = Character.charCount(r);
        widths[0] = w;
        pos += w;
        return r;
    }

    private void backup() {
        if (atEof) {
            atEof = false;
            return;
        }
        int w = widths[0];
        System.arraycopy(widths, 1, widths, 0, 3);
        nprev--;
        pos -= w;
        if (pos < in.length() && in.charAt(pos) == '\n') {
            line--;
        }
    }

    private boolean accept(int valid) {
        if (next() == valid) {
            return true;
        }
        backup();
        return false;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void skipWhitespace() {
        while (isWhitespace(next())) {
            // skip
        }
        backup();
        ignore();
    }

    private void ignore() {
        start = pos;
    }

    private String current() {
        return in.substring(start, pos);
    }

    private void emit(Type t) {
        tokens.add(new Token(t, current(), line));
        start = pos;
    }

    private void emitTrim(Type t) {
        tokens.add(new Token(t, current().strip(), line));
        start = pos;
    }

    // ---- errors: the message and the line BurntSushi reports ----

    private void fail(String message, int at) {
        tokens.add(new Token(Type.ERROR, message, at));
        throw new Stop();
    }

    /** An error built from a message (errorf): at the end, on the line of the last character read. */
    private State errorf(String message) {
        int at = line;
        if (atEof && pos >= 1 && in.charAt(pos - 1) == '\n') {
            at--;
        }
        fail(message, at);
        return null;
    }

    /** An error value (error): at the end, on the previous line. */
    private State error(String message) {
        fail(message, atEof ? line - 1 : line);
        return null;
    }

    private State errorPrevLine(String message) {
        fail(message, line - 1);
        return null;
    }

    private static String q(int r) {
        return GoTomlReader.quoteRune(r);
    }

    // ---- the states ----

    private State pop() {
        return stack.pop();
    }

    private State step(State s) {
        return switch (s) {
            case TOP -> top();
            case TOP_END -> topEnd();
            case TABLE_START -> tableStart();
            case TABLE_END -> {
                emit(Type.TABLE_END);
                yield State.TOP_END;
            }
            case ARRAY_TABLE_END -> {
                int r = next();
                if (r != ']') {
                    yield errorf("expected end of table array name delimiter ']', but got " + q(r) + " instead");
                }
                emit(Type.ARRAY_TABLE_END);
                yield State.TOP_END;
            }
            case TABLE_NAME_START -> tableNameStart();
            case TABLE_NAME_END -> tableNameEnd();
            case BARE_NAME -> {
                if (isBareKeyChar(next())) {
                    yield State.BARE_NAME;
                }
                backup();
                emit(Type.TEXT);
                yield pop();
            }
            case QUOTED_NAME -> quotedName();
            case KEY_START -> keyStart();
            case KEY_NAME_START -> keyNameStart();
            case KEY_END -> keyEnd();
            case VALUE -> value();
            case ARRAY_VALUE -> arrayValue();
            case ARRAY_VALUE_END -> arrayValueEnd();
            case ARRAY_END -> {
                ignore();
                emit(Type.ARRAY_END);
                yield pop();
            }
            case INLINE_VALUE -> inlineValue();
            case INLINE_VALUE_END -> inlineValueEnd();
            case INLINE_END -> {
                ignore();
                emit(Type.INLINE_END);
                yield pop();
            }
            case STRING -> string();
            case ML_STRING -> multilineString();
            case RAW_STRING -> rawString();
            case ML_RAW_STRING -> multilineRawString();
            case ML_STRING_ESCAPE -> {
                if (isNL(next())) {
                    yield State.ML_STRING;
                }
                backup();
                stack.push(State.ML_STRING);
                yield stringEscape();
            }
            case STRING_ESCAPE -> stringEscape();
            case HEX_ESCAPE -> hexDigits(2, "two", 'x');
            case SHORT_UNICODE_ESCAPE -> hexDigits(4, "four", 'u');
            case LONG_UNICODE_ESCAPE -> hexDigits(8, "eight", 'U');
            case NUMBER_OR_DATE_START -> next() == '0' ? State.BASE_NUMBER_OR_DATE : State.NUMBER_OR_DATE;
            case NUMBER_OR_DATE -> numberOrDate();
            case DATETIME -> {
                int r = next();
                if (isDigit(r) || "-:Tt .Zz+".indexOf(r) >= 0 && r != EOF) {
                    yield State.DATETIME;
                }
                backup();
                emitTrim(Type.DATETIME);
                yield pop();
            }
            case HEX_INTEGER -> {
                int r = next();
                yield integerDigits(State.HEX_INTEGER, isHex(r) || r == '_');
            }
            case OCTAL_INTEGER -> {
                int r = next();
                yield integerDigits(State.OCTAL_INTEGER, isOctal(r) || r == '_');
            }
            case BINARY_INTEGER -> {
                int r = next();
                yield integerDigits(State.BINARY_INTEGER, isBinary(r) || r == '_');
            }
            case DECIMAL_NUMBER -> decimalNumber();
            case DECIMAL_NUMBER_START -> decimalNumberStart();
            case BASE_NUMBER_OR_DATE -> baseNumberOrDate();
            case FLOAT -> {
                int r = next();
                if (isDigit(r) || r == '_' || r == '.' || r == '-' || r == '+' || r == 'e' || r == 'E') {
                    yield State.FLOAT;
                }
                backup();
                emit(Type.FLOAT);
                yield pop();
            }
            case BOOL -> bool();
            case COMMENT_START -> {
                ignore();
                emit(Type.COMMENT_START);
                yield State.COMMENT;
            }
            case COMMENT -> {
                int r = next();
                if (isNL(r) || r == EOF) {
                    backup();
                    emit(Type.TEXT);
                    yield pop();
                }
                yield State.COMMENT;
            }
        };
    }

    private State top() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            ignore();
            return State.TOP;
        }
        switch (r) {
            case '#' -> {
                stack.push(State.TOP);
                return State.COMMENT_START;
            }
            case '[' -> {
                return State.TABLE_START;
            }
            case EOF -> {
                if (pos > start) {
                    return errorf("unexpected EOF");
                }
                emit(Type.EOF);
                return null;
            }
            default -> {
            }
        }
        backup();
        stack.push(State.TOP_END);
        return State.KEY_START;
    }

    private State topEnd() {
        int r = next();
        if (r == '#') {
            stack.push(State.TOP);
            return State.COMMENT_START;
        }
        if (isWhitespace(r)) {
            return State.TOP_END;
        }
        if (isNL(r)) {
            ignore();
            return State.TOP;
        }
        if (r == EOF) {
            emit(Type.EOF);
            return null;
        }
        return errorf("expected a top-level item to end with a newline, comment, or EOF, but got " + q(r) + " instead");
    }

    private State tableStart() {
        if (peek() == '[') {
            next();
            emit(Type.ARRAY_TABLE_START);
            stack.push(State.ARRAY_TABLE_END);
        } else {
            emit(Type.TABLE_START);
            stack.push(State.TABLE_END);
        }
        return State.TABLE_NAME_START;
    }

    private State tableNameStart() {
        skipWhitespace();
        int r = peek();
        if (r == ']' || r == EOF) {
            return errorf("unexpected end of table name (table names cannot be empty)");
        }
        if (r == '.') {
            return errorf("unexpected table separator (table names cannot be empty)");
        }
        stack.push(State.TABLE_NAME_END);
        if (r == '"' || r == '\'') {
            ignore();
            return State.QUOTED_NAME;
        }
        return State.BARE_NAME;
    }

    private State tableNameEnd() {
        skipWhitespace();
        int r = next();
        if (r == '.') {
            ignore();
            return State.TABLE_NAME_START;
        }
        if (r == ']') {
            return pop();
        }
        return errorf("expected '.' or ']' to end table name, but got " + q(r) + " instead");
    }

    private State quotedName() {
        int r = next();
        if (r == '"') {
            ignore();
            return State.STRING;
        }
        if (r == '\'') {
            ignore();
            return State.RAW_STRING;
        }
        if (isWhitespace(r)) {
            ignore();
            return State.VALUE;
        }
        return r == EOF ? errorf("unexpected EOF; expected value") : errorf("expected value but found " + q(r) + " instead");
    }

    private State keyStart() {
        skipWhitespace();
        int r = peek();
        if (r == '=' || r == EOF) {
            return errorf("unexpected '=': key name appears blank");
        }
        if (r == '.') {
            return errorf("unexpected '.': keys cannot start with a '.'");
        }
        if (r == '"' || r == '\'') {
            ignore();
        }
        emit(Type.KEY_START);
        return State.KEY_NAME_START;
    }

    private State keyNameStart() {
        skipWhitespace();
        int r = peek();
        if (r == '"' || r == '\'') {
            ignore();
            stack.push(State.KEY_END);
            return State.QUOTED_NAME;
        }
        if (r == '=' || r == EOF) {
            return errorf("unexpected '='");
        }
        if (r == '.') {
            return errorf("unexpected '.'");
        }
        stack.push(State.KEY_END);
        return State.BARE_NAME;
    }

    private State keyEnd() {
        skipWhitespace();
        int r = next();
        if (isWhitespace(r)) {
            ignore();
            return State.KEY_END;
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected key separator '='");
        }
        if (r == '.') {
            ignore();
            return State.KEY_NAME_START;
        }
        if (r == '=') {
            emit(Type.KEY_END);
            ignore();
            return State.VALUE;
        }
        String message = "expected '.' or '=', but got " + q(r) + " instead";
        return r == '\n' ? errorPrevLine(message) : errorf(message);
    }

    private State value() {
        int r = next();
        if (isWhitespace(r)) {
            ignore();
            return State.VALUE;
        }
        if (isDigit(r)) {
            backup();
            return State.NUMBER_OR_DATE_START;
        }
        switch (r) {
            case '[' -> {
                ignore();
                emit(Type.ARRAY);
                return State.ARRAY_VALUE;
            }
            case '{' -> {
                ignore();
                emit(Type.INLINE_START);
                return State.INLINE_VALUE;
            }
            case '"' -> {
                if (accept('"')) {
                    if (accept('"')) {
                        ignore();
                        return State.ML_STRING;
                    }
                    backup();
                }
                ignore();
                return State.STRING;
            }
            case '\'' -> {
                if (accept('\'')) {
                    if (accept('\'')) {
                        ignore();
                        return State.ML_RAW_STRING;
                    }
                    backup();
                }
                ignore();
                return State.RAW_STRING;
            }
            case '.' -> {
                return errorf("floats must start with a digit, not '.'");
            }
            case 'i', 'n' -> {
                if (accept('n') && accept('f') || accept('a') && accept('n')) {
                    emit(Type.FLOAT);
                    return pop();
                }
            }
            case '-', '+' -> {
                return State.DECIMAL_NUMBER_START;
            }
            default -> {
            }
        }
        if (Character.isLetter(r)) {
            backup();
            return State.BOOL;
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected value");
        }
        String message = "expected value but found " + q(r) + " instead";
        return r == '\n' ? errorPrevLine(message) : errorf(message);
    }

    private State arrayValue() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            ignore();
            return State.ARRAY_VALUE;
        }
        if (r == '#') {
            stack.push(State.ARRAY_VALUE);
            return State.COMMENT_START;
        }
        if (r == ',') {
            return errorf("unexpected comma");
        }
        if (r == ']') {
            return State.ARRAY_END;
        }
        backup();
        stack.push(State.ARRAY_VALUE_END);
        return State.VALUE;
    }

    private State arrayValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            ignore();
            return State.ARRAY_VALUE_END;
        }
        if (r == '#') {
            stack.push(State.ARRAY_VALUE_END);
            return State.COMMENT_START;
        }
        if (r == ',') {
            ignore();
            return State.ARRAY_VALUE;
        }
        if (r == ']') {
            return State.ARRAY_END;
        }
        return errorf("expected a comma (',') or array terminator (']'), but got " + runeOrEof(r));
    }

    private State inlineValue() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            ignore();
            return State.INLINE_VALUE;
        }
        if (r == '#') {
            stack.push(State.INLINE_VALUE);
            return State.COMMENT_START;
        }
        if (r == ',') {
            return errorf("unexpected comma");
        }
        if (r == '}') {
            return State.INLINE_END;
        }
        backup();
        stack.push(State.INLINE_VALUE_END);
        return State.KEY_START;
    }

    private State inlineValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            ignore();
            return State.INLINE_VALUE_END;
        }
        if (r == '#') {
            stack.push(State.INLINE_VALUE_END);
            return State.COMMENT_START;
        }
        if (r == ',') {
            ignore();
            skipWhitespace();
            return peek() == '}' ? State.INLINE_VALUE_END : State.INLINE_VALUE;
        }
        if (r == '}') {
            return State.INLINE_END;
        }
        return errorf("expected a comma or an inline table terminator '}', but got " + runeOrEof(r) + " instead");
    }

    private static String runeOrEof(int r) {
        return r == EOF ? "end of file" : "'" + new String(Character.toChars(r)) + "'";
    }

    private State string() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected '\"'");
        }
        if (isNL(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\\') {
            stack.push(State.STRING);
            return State.STRING_ESCAPE;
        }
        if (r == '"') {
            backup();
            emit(esc ? Type.STRING_ESC : Type.STRING);
            esc = false;
            next();
            ignore();
            return pop();
        }
        return State.STRING;
    }

    private State multilineString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected '\"\"\"'");
        }
        if (r == '\\') {
            return State.ML_STRING_ESCAPE;
        }
        if (r == '"' && accept('"')) {
            if (accept('"')) {
                if (peek() == '"') {
                    String cur = current();
                    if (cur.endsWith("\"\"\"\"\"") && !cur.endsWith("\\\"\"\"\"\"")) {
                        return errorf("unexpected '\"\"\"\"\"\"'");
                    }
                    backup();
                    backup();
                    return State.ML_STRING;
                }
                backup();
                backup();
                backup();
                esc = false;
                emit(Type.ML_STRING);
                next();
                next();
                next();
                ignore();
                return pop();
            }
            backup();
        }
        return State.ML_STRING;
    }

    private State rawString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected \"'\"");
        }
        if (isNL(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\'') {
            backup();
            emit(Type.RAW);
            next();
            ignore();
            return pop();
        }
        return State.RAW_STRING;
    }

    private State multilineRawString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected \"'''\"");
        }
        if (r == '\'' && accept('\'')) {
            if (accept('\'')) {
                if (peek() == '\'') {
                    if (current().endsWith("'''''")) {
                        return errorf("unexpected \"''''''\"");
                    }
                    backup();
                    backup();
                    return State.ML_RAW_STRING;
                }
                backup();
                backup();
                backup();
                emit(Type.ML_RAW);
                next();
                next();
                next();
                ignore();
                return pop();
            }
            backup();
        }
        return State.ML_RAW_STRING;
    }

    private State stringEscape() {
        esc = true;
        int r = next();
        return switch (r) {
            case 'e', 'b', 't', 'n', 'f', 'r', '"', ' ', '\t', '\\' -> pop();
            case 'x' -> State.HEX_ESCAPE;
            case 'u' -> State.SHORT_UNICODE_ESCAPE;
            case 'U' -> State.LONG_UNICODE_ESCAPE;
            default -> error("invalid escape in string '\\" + new String(Character.toChars(r)) + "'");
        };
    }

    private State hexDigits(int count, String word, char letter) {
        for (int i = 0; i < count; i++) {
            if (!isHex(next())) {
                return errorf("expected " + word + " hexadecimal digits after '\\" + letter + "', but got "
                        + GoSyntax.quote(current()) + " instead");
            }
        }
        return pop();
    }

    private State numberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return State.NUMBER_OR_DATE;
        }
        switch (r) {
            case '-', ':' -> {
                return State.DATETIME;
            }
            case '_' -> {
                return State.DECIMAL_NUMBER;
            }
            case '.', 'e', 'E' -> {
                return State.FLOAT;
            }
            default -> {
            }
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State integerDigits(State self, boolean more) {
        if (more) {
            return self;
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State decimalNumber() {
        int r = next();
        if (isDigit(r) || r == '_') {
            return State.DECIMAL_NUMBER;
        }
        if (r == '.' || r == 'e' || r == 'E') {
            return State.FLOAT;
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State decimalNumberStart() {
        int r = next();
        switch (r) {
            case 'i' -> {
                if (!accept('n') || !accept('f')) {
                    return errorf("invalid float: '" + current() + "'");
                }
                emit(Type.FLOAT);
                return pop();
            }
            case 'n' -> {
                if (!accept('a') || !accept('n')) {
                    return errorf("invalid float: '" + current() + "'");
                }
                emit(Type.FLOAT);
                return pop();
            }
            case '0' -> {
                int p = peek();
                if (p == 'b' || p == 'o' || p == 'x') {
                    return errorf("cannot use sign with non-decimal numbers: '" + current()
                            + new String(Character.toChars(p)) + "'");
                }
            }
            case '.' -> {
                return errorf("floats must start with a digit, not '.'");
            }
            default -> {
            }
        }
        if (isDigit(r)) {
            return State.DECIMAL_NUMBER;
        }
        return errorf("expected a digit but got " + q(r));
    }

    private State baseNumberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return State.NUMBER_OR_DATE;
        }
        switch (r) {
            case '_' -> {
                return State.DECIMAL_NUMBER;
            }
            case '.', 'e', 'E' -> {
                return State.FLOAT;
            }
            case 'b' -> {
                return basePrefix(State.BINARY_INTEGER, isBinary(peek()), "binary");
            }
            case 'o' -> {
                return basePrefix(State.OCTAL_INTEGER, isOctal(peek()), "octal");
            }
            case 'x' -> {
                return basePrefix(State.HEX_INTEGER, isHex(peek()), "hexadecimal");
            }
            default -> {
            }
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State basePrefix(State digits, boolean ok, String name) {
        if (!ok) {
            int p = peek();
            errorf("not a" + (name.equals("octal") ? "n " : " ") + name + " number: '" + current()
                    + new String(Character.toChars(p)) + "'");
        }
        return digits;
    }

    private State bool() {
        StringBuilder rs = new StringBuilder();
        while (true) {
            int r = next();
            if (!Character.isLetter(r)) {
                backup();
                break;
            }
            rs.appendCodePoint(r);
        }
        String s = rs.toString();
        if (s.equals("true") || s.equals("false")) {
            emit(Type.BOOL);
            return pop();
        }
        return errorf("expected value but found " + GoSyntax.quote(s) + " instead");
    }

    // ---- character classes ----

    static boolean isWhitespace(int r) {
        return r == '\t' || r == ' ';
    }

    static boolean isNL(int r) {
        return r == '\n' || r == '\r';
    }

    static boolean isControl(int r) {
        return r != '\t' && r != '\r' && r != '\n' && (r >= 0 && r <= 0x1f || r == 0x7f);
    }

    static boolean isDigit(int r) {
        return r >= '0' && r <= '9';
    }

    static boolean isBinary(int r) {
        return r == '0' || r == '1';
    }

    static boolean isOctal(int r) {
        return r >= '0' && r <= '7';
    }

    static boolean isHex(int r) {
        return r >= '0' && r <= '9' || (r | 0x20) >= 'a' && (r | 0x20) <= 'f';
    }

    static boolean isBareKeyChar(int r) {
        return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-';
    }
}
