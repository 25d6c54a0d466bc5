package strata.compiler.parse;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Span;
import strata.compiler.ast.Value;
import strata.compiler.error.ErrorKind;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;

/**
 * The values of number and string tokens: integers of any size in any base, floats, imaginary
 * numbers; string and bytes literals with their escapes, raw or not, concatenated when adjacent;
 * f-strings go to {@link FStrings}.
 */
final class Literals {

    private final ExpressionParser parser;

    Literals(ExpressionParser parser) {
        this.parser = parser;
    }

    Value number(Token token) {
        String text = token.text().replace("_", "");
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (last == 'j') {
            return new Value.Complex(0.0, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int radix = switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new Value.Int(new BigInteger(text.substring(2), radix));
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new Value.Float(Double.parseDouble(text));
        }
        return new Value.Int(text.length() < 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text));
    }

    /** One or more adjacent string tokens: a Constant, or a JoinedStr if any of them is an f-string. */
    Expr strings() {
        Token first = parser.peek();
        List<Token> parts = new ArrayList<>();
        while (parser.at(TokenKind.STRING)) {
            parts.add(parser.take());
        }
        Span span = parser.from(first);
        boolean fstring = false;
        boolean bytes = false;
        boolean text = false;
        for (Token part : parts) {
            String prefix = prefix(part).toLowerCase();
            fstring |= prefix.contains("f");
            bytes |= prefix.contains("b");
            text |= !prefix.contains("b");
        }
        if (bytes && text) {
            throw parser.errorAtFurthest(ErrorKind.SyntaxError,
                    "cannot mix bytes and nonbytes literals");
        }
        // CPython marks the kind only for a lower-case u, and looks at the first string alone
        String kind = prefix(first).startsWith("u") ? "u" : null;
        if (fstring) {
            return new FStrings(parser, span).joined(parts);
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token part : parts) {
                byte[] value = bytesValue(part);
                out.write(value, 0, value.length);
            }
            return new Expr.Constant(new Value.Bytes(out.toByteArray()), null, span);
        }
        StringBuilder out = new StringBuilder();
        for (Token part : parts) {
            out.append(strValue(part));
        }
        return new Expr.Constant(new Value.Str(out.toString()), kind, span);
    }

    static String prefix(Token token) {
        String text = token.text();
        int quote = 0;
        while (text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
            quote++;
        }
        return text.substring(0, quote);
    }

    /** The characters between the quotes of a string token. */
    static String body(Token token) {
        String text = token.text();
        int start = prefix(token).length();
        int quotes = text.startsWith("\"\"\"", start) || text.startsWith("'''", start) ? 3 : 1;
        return text.substring(start + quotes, text.length() - quotes);
    }

    static int bodyStart(Token token) {
        String text = token.text();
        int start = prefix(token).length();
        int quotes = text.startsWith("\"\"\"", start) || text.startsWith("'''", start) ? 3 : 1;
        return token.start() + start + quotes;
    }

    private String strValue(Token token) {
        String body = body(token);
        if (prefix(token).toLowerCase().contains("r")) {
            return body;
        }
        return Escapes.decode(parser, token, body, false);
    }

    private byte[] bytesValue(Token token) {
        String body = body(token);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw parser.errorAt(token, token, "bytes can only contain ASCII literal characters");
            }
        }
        String decoded = prefix(token).toLowerCase().contains("r") ? body : Escapes.decode(parser, token, body, true);
        byte[] out = new byte[decoded.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) decoded.charAt(i);
        }
        return out;
    }
}
