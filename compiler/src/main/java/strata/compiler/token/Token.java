package strata.compiler.token;

import strata.compiler.error.PythonSyntaxError;

/**
 * One token: its kind and text, its position as the AST gives positions (lines from 1, UTF-8 byte
 * columns from 0, end exclusive), its character range in the source text, and how many brackets
 * are open after it (CPython's token level). An ERROR token carries the error the tokenizer found.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol, int start, int end,
        int level, PythonSyntaxError error) {

    /** True if this is the operator or keyword {@code text}. */
    public boolean is(String text) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && this.text.equals(text);
    }
}
