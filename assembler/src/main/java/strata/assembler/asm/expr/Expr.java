package strata.assembler.asm.expr;

/**
 * An expression as written, before evaluation. {@code column} is where it starts in the line,
 * for error messages. Numeric local label references ({@code 1b}, {@code 1f}) are already
 * resolved to the name of the label instance they mean when the expression is parsed.
 */
public sealed interface Expr {

    int column();

    /** A number or character constant. */
    record Constant(long value, int column) implements Expr {
    }

    /** A reference to a symbol by name. */
    record SymbolRef(String name, int column) implements Expr {
    }

    /** {@code .}: the current location. */
    record Here(int column) implements Expr {
    }

    record Unary(UnaryOperator operator, Expr operand, int column) implements Expr {
    }

    record Binary(BinaryOperator operator, Expr left, Expr right, int column) implements Expr {
    }
}
