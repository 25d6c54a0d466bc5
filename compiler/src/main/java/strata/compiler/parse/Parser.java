package strata.compiler.parse;

import java.util.List;
import strata.compiler.ast.Mod;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;
import strata.compiler.token.Tokenizer;

/**
 * Python 3.11 source to its AST, or the SyntaxError CPython 3.11 would raise for it. The grammar
 * is read by recursive descent ({@link StatementParser}); when it does not fit, the error is the
 * one CPython reports: the parser's own message where CPython has one, else "invalid syntax" (or
 * "unexpected indent") at the furthest token read; but a tokenizer error later in the file wins.
 */
public final class Parser {

    private Parser() {
    }

    /** The module of a source file's bytes. */
    public static Mod.Module parse(byte[] bytes) {
        return parse(Source.decode(bytes));
    }

    public static Mod.Module parse(Source source) {
        List<Token> tokens = Tokenizer.tokenize(source);
        StatementParser parser = new StatementParser(source, tokens);
        Token end = tokens.get(tokens.size() - 1);
        PythonSyntaxError error;
        try {
            return parser.file();
        } catch (Cursor.Mismatch e) {
            error = generic(parser, tokens);
            if (error.kind() == ErrorKind.IndentationError) {
                throw error;
            }
        } catch (PythonSyntaxError e) {
            if (e == end.error()) {
                throw e;
            }
            error = e;
        }
        throw end.kind() == TokenKind.ERROR ? laterTokenizerError(error, end.error(), parser, tokens) : error;
    }

    /**
     * The error of a failed parse, unless the tokenizer fails later in the file: CPython then reads
     * the rest of the file, and a tokenizer error found there wins; a bracket left open at the end
     * wins if it opened on an earlier line than the furthest token read. Errors that stop the
     * tokenizer without raising (indentation, a bad continuation, an early end) do not count.
     */
    private static PythonSyntaxError laterTokenizerError(PythonSyntaxError error, PythonSyntaxError later,
            StatementParser parser, List<Token> tokens) {
        Token furthest = tokens.get(Math.min(parser.furthest, tokens.size() - 1));
        String message = later.msg();
        if (message.endsWith("was never closed")) {
            return later.lineno() < furthest.line() ? later : error;
        }
        boolean raised = later.kind() == ErrorKind.SyntaxError
                && !message.equals("unexpected character after line continuation character")
                && !message.equals("unexpected EOF while parsing");
        return raised ? later : error;
    }

    /**
     * A parse that did not fit the grammar: "invalid syntax", or "unexpected indent" at an INDENT
     * (which CPython raises as it is, without looking further for tokenizer errors).
     */
    private static PythonSyntaxError generic(StatementParser parser, List<Token> tokens) {
        Token furthest = tokens.get(Math.min(parser.furthest, tokens.size() - 1));
        if (furthest.kind() == TokenKind.INDENT) {
            return parser.errorAtFurthest(ErrorKind.IndentationError, "unexpected indent");
        }
        if (furthest.kind() == TokenKind.DEDENT) {
            return parser.errorAtFurthest(ErrorKind.IndentationError, "unexpected unindent");
        }
        return parser.errorAtFurthest(ErrorKind.SyntaxError, "invalid syntax");
    }
}
