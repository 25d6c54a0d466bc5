package strata.assembler.asm.expr;

/**
 * The infix operators of GNU {@code as} expressions with its precedence ranks (higher binds
 * tighter; all are left-associative) and its arithmetic on 64-bit values: comparisons give -1
 * for true and 0 for false, {@code &&} and {@code ||} give 1 or 0, {@code >>} shifts in zeros,
 * {@code /} and {@code %} truncate toward zero as in C, and {@code a ! b} is {@code a | ~b}.
 */
public enum BinaryOperator {
    MULTIPLY("*", 9),
    DIVIDE("/", 9),
    REMAINDER("%", 9),
    SHIFT_LEFT("<<", 9),
    SHIFT_RIGHT(">>", 9),
    OR("|", 8),
    AND("&", 8),
    XOR("^", 8),
    OR_NOT("!", 8),
    ADD("+", 7),
    SUBTRACT("-", 7),
    EQUAL("==", 5),
    NOT_EQUAL("!=", 5),
    NOT_EQUAL_ALT("<>", 5),
    LESS("<", 5),
    GREATER(">", 5),
    LESS_EQUAL("<=", 5),
    GREATER_EQUAL(">=", 5),
    LOGICAL_AND("&&", 3),
    LOGICAL_OR("||", 2);

    private final String symbol;
    private final int rank;

    BinaryOperator(String symbol, int rank) {
        this.symbol = symbol;
        this.rank = rank;
    }

    public String symbol() {
        return symbol;
    }

    public int rank() {
        return rank;
    }

    public boolean dividesByRight() {
        return this == DIVIDE || this == REMAINDER;
    }

    /** The operator on two constants; a zero divisor has been replaced by one, as GNU does. */
    public long apply(long a, long b) {
        return switch (this) {
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case REMAINDER -> a % b;
            case SHIFT_LEFT -> a << b;
            case SHIFT_RIGHT -> a >>> b;
            case OR -> a | b;
            case AND -> a & b;
            case XOR -> a ^ b;
            case OR_NOT -> a | ~b;
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case EQUAL -> truth(a == b);
            case NOT_EQUAL, NOT_EQUAL_ALT -> truth(a != b);
            case LESS -> truth(a < b);
            case GREATER -> truth(a > b);
            case LESS_EQUAL -> truth(a <= b);
            case GREATER_EQUAL -> truth(a >= b);
            case LOGICAL_AND -> (a != 0 && b != 0) ? 1 : 0;
            case LOGICAL_OR -> (a != 0 || b != 0) ? 1 : 0;
        };
    }

    private static long truth(boolean condition) {
        return condition ? -1 : 0;
    }

    public static BinaryOperator bySymbol(String text) {
        for (BinaryOperator op : values()) {
            if (op.symbol.equals(text)) {
                return op;
            }
        }
        return null;
    }
}
