package strata.compiler.parse;

import java.util.List;
import java.util.Set;
import strata.compiler.ast.Located;
import strata.compiler.ast.Span;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;

/**
 * The parser's position in the token list: look at, take and expect tokens, go back for the few
 * places where the grammar needs to try an alternative, and the spans and errors of what was
 * read. It remembers the furthest token ever looked at, which is where CPython reports a plain
 * "invalid syntax".
 */
class Cursor {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** Thrown when the tokens do not fit the rule being tried; carries nothing, so it is cheap. */
    static final class Mismatch extends RuntimeException {
        static final Mismatch INSTANCE = new Mismatch();

        private Mismatch() {
            super(null, null, false, false);
        }
    }

    final Source source;
    final List<Token> tokens;
    int pos;
    int furthest;

    Cursor(Source source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** The current token; reaching a tokenizer error raises it, as CPython does when it reads it. */
    final Token peek() {
        if (pos > furthest) {
            furthest = pos;
        }
        Token token = tokens.get(pos);
        if (token.kind() == TokenKind.ERROR) {
            throw token.error();
        }
        return token;
    }

    final Token peek(int ahead) {
        int index = Math.min(pos + ahead, tokens.size() - 1);
        for (int i = pos; i <= index; i++) {
            if (tokens.get(i).kind() == TokenKind.ERROR) {
                index = i;
            }
        }
        if (index > furthest) {
            furthest = index;
        }
        Token token = tokens.get(index);
        if (token.kind() == TokenKind.ERROR) {
            throw token.error();
        }
        return token;
    }

    final Token take() {
        Token token = peek();
        pos++;
        return token;
    }

    /** The token before the current one: the last one taken. */
    final Token last() {
        return tokens.get(pos - 1);
    }

    final boolean at(String text) {
        Token token = peek();
        return token.text().equals(text) && (token.kind() == TokenKind.OP || token.kind() == TokenKind.NAME);
    }

    final boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    final boolean accept(String text) {
        if (at(text)) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(String text) {
        if (!at(text)) {
            throw Mismatch.INSTANCE;
        }
        return take();
    }

    final Token expect(TokenKind kind) {
        if (!at(kind)) {
            throw Mismatch.INSTANCE;
        }
        return take();
    }

    /** {@code &&'x'} in the grammar: a token that must come, else "expected 'x'" at what came. */
    final Token force(String text) {
        if (!at(text)) {
            Token token = peek();
            throw errorAt(token, token, "expected '" + text + "'");
        }
        return take();
    }

    /** A NAME that is not a keyword. */
    final boolean atName() {
        Token token = peek();
        return token.kind() == TokenKind.NAME && !KEYWORDS.contains(token.text());
    }

    final Token name() {
        if (!atName()) {
            throw Mismatch.INSTANCE;
        }
        return take();
    }

    /**
     * The span from the start of {@code first} to the end of the last token taken that is not a
     * NEWLINE, INDENT or DEDENT, as CPython's EXTRA spans a rule (so a compound statement ends with
     * its last statement, or with the semicolon after it).
     */
    final Span from(Token first) {
        Token end = lastSolid();
        return new Span(first.line(), first.col(), end.endLine(), end.endCol());
    }

    private Token lastSolid() {
        int i = pos - 1;
        while (i > 0 && switch (tokens.get(i).kind()) {
            case NEWLINE, INDENT, DEDENT -> true;
            default -> false;
        }) {
            i--;
        }
        return tokens.get(i);
    }

    final Span from(Located first) {
        Token end = lastSolid();
        Span start = first.span();
        return new Span(start.lineno(), start.colOffset(), end.endLine(), end.endCol());
    }

    static Span span(Token token) {
        return new Span(token.line(), token.col(), token.endLine(), token.endCol());
    }

    // Errors, located as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION/RANGE locate them: offsets are
    // the 1-based character columns of the node or token.

    final PythonSyntaxError errorAt(Token start, Token end, String message) {
        return error(ErrorKind.SyntaxError, message, start.line(), start.start(), end.endLine(), end.end());
    }

    final PythonSyntaxError errorAt(Span start, Token end, String message) {
        return errorSpan(ErrorKind.SyntaxError, message, start.lineno(), start.colOffset(), end.endLine(), end.endCol());
    }

    final PythonSyntaxError errorAt(Located node, String message) {
        Span span = node.span();
        return errorSpan(ErrorKind.SyntaxError, message, span.lineno(), span.colOffset(), span.endLineno(),
                span.endColOffset());
    }

    final PythonSyntaxError errorRange(Located start, Located end, String message) {
        return errorSpan(ErrorKind.SyntaxError, message, start.span().lineno(), start.span().colOffset(),
                end.span().endLineno(), end.span().endColOffset());
    }

    /**
     * From {@code node} to where the tokenizer stands (the end of the furthest token read):
     * CPython's RAISE_SYNTAX_ERROR_STARTING_FROM.
     */
    final PythonSyntaxError errorFrom(Located node, String message) {
        Span span = node.span();
        PythonSyntaxError e = errorSpan(ErrorKind.SyntaxError, message, span.lineno(), span.colOffset(),
                span.lineno(), span.colOffset());
        Token end = tokens.get(Math.min(furthest, tokens.size() - 1));
        return new PythonSyntaxError(e.kind(), message, e.lineno(), e.offset(), end.endLine(),
                source.charCol(end.endLine(), end.end()), e.text());
    }

    /**
     * An error at the last token read, as CPython's RAISE_SYNTAX_ERROR (and the indentation
     * variant). An INDENT, DEDENT or ENDMARKER has no position in CPython: the error is then where
     * the tokenizer stands (the line's first character, or the end of the last line), counted
     * from 0, with no end.
     */
    final PythonSyntaxError errorAtFurthest(ErrorKind kind, String message) {
        Token token = tokens.get(Math.min(furthest, tokens.size() - 1));
        if (token.kind() == TokenKind.INDENT || token.kind() == TokenKind.DEDENT
                || token.kind() == TokenKind.ENDMARKER) {
            int line = source.lineOf(Math.min(token.end(), source.length() - 1));
            return new PythonSyntaxError(kind, message, line, source.charCol(line, token.end()), line, -1,
                    source.lineText(line));
        }
        return error(kind, message, token.line(), token.start(), token.endLine(), token.end());
    }

    /** Byte columns to CPython's character offsets. */
    final PythonSyntaxError errorSpan(ErrorKind kind, String message, int line, int col, int endLine, int endCol) {
        return error(kind, message, line, indexOf(line, col), endLine, indexOf(endLine, endCol));
    }

    private PythonSyntaxError error(ErrorKind kind, String message, int line, int start, int endLine, int end) {
        String text = source.lineText(line);
        int offset = line > source.lineCount() ? 0 : source.charCol(line, start) + 1;
        int endOffset = endLine > source.lineCount() ? 0 : source.charCol(endLine, end) + 1;
        return new PythonSyntaxError(kind, message, line, offset, endLine, endOffset, text);
    }

    /** The character index of byte column {@code col} on {@code line}. */
    private int indexOf(int line, int col) {
        if (line > source.lineCount()) {
            return source.length();
        }
        int index = source.lineStart(line);
        int bytes = 0;
        while (bytes < col && index < source.length()) {
            char c = source.charAt(index);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
            index += Character.isHighSurrogate(c) ? 2 : 1;
        }
        return index;
    }
}
