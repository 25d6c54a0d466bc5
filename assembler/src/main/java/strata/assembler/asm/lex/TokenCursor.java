package strata.assembler.asm.lex;

import java.util.List;
import strata.assembler.asm.AsmException;

/** Reads a statement's tokens front to back, with one token of lookahead and position marks. */
public final class TokenCursor {
    private final List<Token> tokens;
    private int index;

    public TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    public TokenCursor(List<Token> tokens, int index) {
        this.tokens = tokens;
        this.index = index;
    }

    public Token peek() {
        return tokens.get(index);
    }

    /** The token after the next one, or the end token. */
    public Token peekSecond() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    public Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Token.Kind.END) {
            index++;
        }
        return token;
    }

    public boolean atEnd() {
        return peek().kind() == Token.Kind.END;
    }

    /** Consumes the next token if it is the operator {@code operator}. */
    public boolean accept(String operator) {
        if (peek().is(operator)) {
            index++;
            return true;
        }
        return false;
    }

    public Token expect(String operator) {
        Token token = peek();
        if (!token.is(operator)) {
            throw new AsmException(token.start(), "expected '" + operator + "'" + found(token));
        }
        return next();
    }

    public Token expectIdentifier(String what) {
        Token token = peek();
        if (!token.isIdentifier()) {
            throw new AsmException(token.start(), "expected " + what + found(token));
        }
        return next();
    }

    public void expectEnd() {
        Token token = peek();
        if (token.kind() != Token.Kind.END) {
            throw new AsmException(token.start(), "unexpected '" + token.text() + "' at end of statement");
        }
    }

    public int mark() {
        return index;
    }

    public void reset(int mark) {
        index = mark;
    }

    /** The column where the next token starts. */
    public int column() {
        return peek().start();
    }

    public static String found(Token token) {
        return token.kind() == Token.Kind.END ? ", found end of statement" : ", found '" + token.text() + "'";
    }
}
