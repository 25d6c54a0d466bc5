package strata.compiler.bytecode;

/**
 * The argument of {@code BINARY_OP}: CPython 3.11's {@code NB_*} numbering, so that {@code 13 + n}
 * is the in-place form of operator {@code n} ({@code +=} is {@code ADD + 13}).
 */
public enum BinaryOperator {
    ADD("+", "__add__"),
    AND("&", "__and__"),
    FLOOR_DIVIDE("//", "__floordiv__"),
    LSHIFT("<<", "__lshift__"),
    MATRIX_MULTIPLY("@", "__matmul__"),
    MULTIPLY("*", "__mul__"),
    REMAINDER("%", "__mod__"),
    OR("|", "__or__"),
    POWER("**", "__pow__"),
    RSHIFT(">>", "__rshift__"),
    SUBTRACT("-", "__sub__"),
    TRUE_DIVIDE("/", "__truediv__"),
    XOR("^", "__xor__");

    /** The in-place form of operator {@code n} is argument {@code n + INPLACE}. */
    public static final int INPLACE = 13;

    private final String symbol;
    private final String method;

    BinaryOperator(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    public String symbol() {
        return symbol;
    }

    /** The special method tried first on the left operand. */
    public String method() {
        return method;
    }

    /** The argument of {@code BINARY_OP} for this operator, plain or in place. */
    public int arg(boolean inPlace) {
        return ordinal() + (inPlace ? INPLACE : 0);
    }

    /** How {@code strata dis} shows a {@code BINARY_OP} argument, as CPython's dis does: {@code +} or {@code +=}. */
    public static String describe(int arg) {
        BinaryOperator[] all = values();
        if (arg >= 0 && arg < all.length) {
            return all[arg].symbol;
        }
        if (arg >= INPLACE && arg < INPLACE + all.length) {
            return all[arg - INPLACE].symbol + "=";
        }
        return "?";
    }
}
