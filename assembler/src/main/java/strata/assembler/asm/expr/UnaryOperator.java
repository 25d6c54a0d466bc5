package strata.assembler.asm.expr;

/** The prefix operators of GNU {@code as} expressions. */
public enum UnaryOperator {
    NEGATE("-"),
    PLUS("+"),
    NOT("~"),
    /** Logical not: 1 if the operand is 0, else 0. */
    LOGICAL_NOT("!");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public long apply(long value) {
        return switch (this) {
            case NEGATE -> -value;
            case PLUS -> value;
            case NOT -> ~value;
            case LOGICAL_NOT -> value == 0 ? 1 : 0;
        };
    }

    public static UnaryOperator bySymbol(String text) {
        for (UnaryOperator op : values()) {
            if (op.symbol.equals(text)) {
                return op;
            }
        }
        return null;
    }
}
