package io.helm4j.gotemplate;

import io.helm4j.gotemplate.Token.Kind;
import java.util.List;

/** The parser's view of the lexed tokens: look-ahead, back-up, and the line of the furthest token read. */
final class TokenStream {
    private final List<Token> tokens;
    private int next;
    private int furthest = -1;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token next() {
        Token t = tokens.get(Math.min(next, tokens.size() - 1));
        if (next > furthest) {
            furthest = next;
        }
        next++;
        return t;
    }

    void backup() {
        next--;
    }

    Token peek() {
        Token t = next();
        backup();
        return t;
    }

    Token nextNonSpace() {
        Token t;
        do {
            t = next();
        } while (t.kind() == Kind.SPACE);
        return t;
    }

    Token peekNonSpace() {
        Token t = nextNonSpace();
        backup();
        return t;
    }

    int mark() {
        return next;
    }

    void reset(int mark) {
        next = mark;
    }

    /** Line of the furthest token read: where Go's parser reports errors. */
    int currentLine() {
        if (furthest < 0) {
            return 1;
        }
        return tokens.get(Math.min(furthest, tokens.size() - 1)).line();
    }
}
