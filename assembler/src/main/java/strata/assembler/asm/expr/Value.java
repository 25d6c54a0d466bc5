package strata.assembler.asm.expr;

import strata.assembler.asm.symbol.AsmSymbol;

/**
 * The value of an expression as far as the assembler can know it: {@code plus - minus + addend},
 * where {@code plus} and {@code minus} are symbols or null. A constant has neither symbol; an
 * address has only {@code plus}; a difference of two addresses that could not be folded keeps
 * both, and becomes an ADD/SUB relocation pair if it survives to the end.
 */
public record Value(long addend, AsmSymbol plus, AsmSymbol minus) {

    public static Value constant(long value) {
        return new Value(value, null, null);
    }

    public static Value of(AsmSymbol symbol) {
        return new Value(0, symbol, null);
    }

    public boolean isConstant() {
        return plus == null && minus == null;
    }

    /** A symbol plus a constant: what a relocation can express directly. */
    public boolean isSymbolic() {
        return plus != null && minus == null;
    }

    public Value plus(long delta) {
        return new Value(addend + delta, plus, minus);
    }
}
