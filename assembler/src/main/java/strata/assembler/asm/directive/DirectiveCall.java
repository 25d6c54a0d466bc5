package strata.assembler.asm.directive;

import java.nio.charset.StandardCharsets;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;

/**
 * A directive as written: its name token, a cursor over its arguments, and the statement's text
 * for the directives that read their arguments as raw text ({@code .ifc}, {@code .macro},
 * {@code .section} names).
 */
public record DirectiveCall(Token name, TokenCursor args, String text) {

    /** The raw text from the cursor to the end of the statement, trimmed. */
    public String rest() {
        int from = args.atEnd() ? text.length() : args.column();
        return text.substring(Math.min(from, text.length())).strip();
    }

    /** Reads a string argument and returns its bytes. */
    public byte[] string() {
        Token token = args.peek();
        if (token.kind() != Token.Kind.STRING) {
            throw new AsmException(token.start(), "expected a string" + TokenCursor.found(token));
        }
        args.next();
        return token.bytes();
    }

    public String stringText() {
        return new String(string(), StandardCharsets.UTF_8);
    }

    /** Reads a symbol name. */
    public Token symbolName() {
        return args.expectIdentifier("a symbol name");
    }
}
