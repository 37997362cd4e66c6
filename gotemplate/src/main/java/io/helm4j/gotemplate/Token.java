package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;

/** One lexical item of a template text: kind, byte-free char offset, text and 1-based line. */
record Token(Kind kind, int pos, String val, int line) {
    enum Kind {
        ERROR, BOOL, CHAR, CHAR_CONSTANT, COMPLEX, ASSIGN, DECLARE, EOF, FIELD, IDENTIFIER, LEFT_DELIM,
        LEFT_PAREN, NUMBER, PIPE, RAW_STRING, RIGHT_DELIM, RIGHT_PAREN, SPACE, STRING, TEXT, VARIABLE,
        // keywords
        BLOCK, BREAK, CONTINUE, DOT, DEFINE, ELSE, END, IF, NIL, RANGE, TEMPLATE, WITH;

        boolean isKeyword() {
            return ordinal() >= BLOCK.ordinal();
        }
    }

    /** The token as Go's parser quotes it in errors ({@code item.String()}). */
    @Override
    public String toString() {
        if (kind == Kind.EOF) {
            return "EOF";
        }
        if (kind == Kind.ERROR) {
            return val;
        }
        if (kind.isKeyword()) {
            return "<" + val + ">";
        }
        if (val.codePointCount(0, val.length()) > 10) {
            int end = val.offsetByCodePoints(0, 10);
            return Strconv.quote(val.substring(0, end)) + "...";
        }
        return Strconv.quote(val);
    }
}
