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
 * one CPython reports: a tokenizer error found anywhere in the file if the parse failed with a
 * plain "invalid syntax", else "invalid syntax" (or "unexpected indent") at the furthest token read.
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
        try {
            return parser.file();
        } catch (Cursor.Mismatch e) {
            throw generic(parser, tokens);
        }
    }

    private static PythonSyntaxError generic(StatementParser parser, List<Token> tokens) {
        Token furthest = tokens.get(Math.min(parser.furthest, tokens.size() - 1));
        if (furthest.kind() == TokenKind.INDENT) {
            return parser.errorAtFurthest(ErrorKind.IndentationError, "unexpected indent");
        }
        if (furthest.kind() == TokenKind.DEDENT) {
            return parser.errorAtFurthest(ErrorKind.IndentationError, "unexpected unindent");
        }
        Token end = tokens.get(tokens.size() - 1);
        if (end.kind() == TokenKind.ERROR) {
            PythonSyntaxError later = end.error();
            String message = later.msg();
            if (message.endsWith("was never closed")) {
                if (later.lineno() < furthest.line()) {
                    return later;
                }
            } else if (later.kind() == ErrorKind.SyntaxError
                    && !message.equals("unexpected character after line continuation character")
                    && !message.equals("unexpected EOF while parsing")) {
                return later;
            }
        }
        return parser.errorAtFurthest(ErrorKind.SyntaxError, "invalid syntax");
    }
}
