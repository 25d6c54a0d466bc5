package strata.compiler.bytecode;

/** The argument of {@code COMPARE_OP}: CPython's {@code Py_LT} ... {@code Py_GE} numbering. */
public enum CompareOperator {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** How {@code strata dis} shows a {@code COMPARE_OP} argument. */
    public static String describe(int arg) {
        CompareOperator[] all = values();
        return arg >= 0 && arg < all.length ? all[arg].symbol : "?";
    }
}
