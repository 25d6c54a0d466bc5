package strata.cli;

import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Lexer;
import strata.assembler.asm.lex.Token;

/** Reads {@code --defsym NAME=VALUE}: a symbol name and a number as the assembler writes numbers. */
final class Definitions {

    private Definitions() {
    }

    /** Adds the definition to {@code symbols}; returns what is wrong with it, or null. */
    static String parse(String definition, Map<String, Long> symbols) {
        int equals = definition.indexOf('=');
        if (equals <= 0) {
            return "expected NAME=VALUE";
        }
        String name = definition.substring(0, equals);
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(name + " " + definition.substring(equals + 1));
        } catch (AsmException e) {
            return e.getMessage();
        }
        if (!tokens.get(0).isIdentifier() || tokens.get(0).text().length() != name.length()) {
            return "'" + name + "' is not a symbol name";
        }
        int at = 1;
        boolean negative = tokens.get(at).is("-");
        if (negative) {
            at++;
        }
        Token number = tokens.get(at);
        if (number.kind() != Token.Kind.NUMBER || tokens.get(at + 1).kind() != Token.Kind.END) {
            return "the value must be a number";
        }
        symbols.put(name, negative ? -number.value() : number.value());
        return null;
    }
}
