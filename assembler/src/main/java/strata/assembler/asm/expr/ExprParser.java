package strata.assembler.asm.expr;

import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;

/**
 * Parses GNU {@code as} expressions by precedence climbing over {@link BinaryOperator} ranks.
 * Parsing stops at the first token that cannot continue the expression (a comma, a parenthesis
 * of an address operand, the end), which the caller then reads.
 */
public final class ExprParser {

    /** Names the label instance a numeric local label reference ({@code 1b}, {@code 2f}) means. */
    public interface LocalLabels {
        String reference(long number, boolean backward, int column);
    }

    private final LocalLabels localLabels;

    public ExprParser(LocalLabels localLabels) {
        this.localLabels = localLabels;
    }

    public Expr parse(TokenCursor cursor) {
        return parse(cursor, 0);
    }

    private Expr parse(TokenCursor cursor, int minRank) {
        Expr left = primary(cursor);
        while (true) {
            Token token = cursor.peek();
            BinaryOperator op = token.kind() == Token.Kind.OPERATOR ? BinaryOperator.bySymbol(token.text()) : null;
            if (op == null || op.rank() < minRank) {
                return left;
            }
            cursor.next();
            if (op == BinaryOperator.OR_NOT && cursor.peek().is("!")) {
                // GNU reads "!!" (spaces between are squeezed out first) as xor, for MRI compatibility.
                cursor.next();
                op = BinaryOperator.XOR;
            }
            Expr right = parse(cursor, op.rank() + 1);
            left = new Expr.Binary(op, left, right, token.start());
        }
    }

    private Expr primary(TokenCursor cursor) {
        Token token = cursor.next();
        switch (token.kind()) {
            case NUMBER, CHARACTER:
                return new Expr.Constant(token.value(), token.start());
            case IDENTIFIER:
                return token.text().equals(".") ? new Expr.Here(token.start()) : new Expr.SymbolRef(token.text(), token.start());
            case LOCAL_LABEL:
                return new Expr.SymbolRef(localLabels.reference(token.value(), token.backward(), token.start()), token.start());
            case OPERATOR:
                if (token.is("(")) {
                    Expr inner = parse(cursor, 0);
                    cursor.expect(")");
                    return inner;
                }
                UnaryOperator unary = UnaryOperator.bySymbol(token.text());
                if (unary != null) {
                    return new Expr.Unary(unary, primary(cursor), token.start());
                }
                if (token.is("%") && cursor.peek().isIdentifier()) {
                    throw new AsmException(token.start(), "relocation function %" + cursor.peek().text() + " is not allowed here");
                }
                throw new AsmException(token.start(), "expected an expression, found '" + token.text() + "'");
            case STRING:
                throw new AsmException(token.start(), "a string is not allowed in an expression");
            case MALFORMED_NUMBER:
                throw new AsmException(token.start(), "bad number '" + token.text() + "'");
            default:
                throw new AsmException(token.start(), "expected an expression" + TokenCursor.found(token));
        }
    }
}
