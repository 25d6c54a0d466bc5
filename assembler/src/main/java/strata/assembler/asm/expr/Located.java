package strata.assembler.asm.expr;

import strata.assembler.asm.AsmException;
import strata.assembler.asm.section.Position;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.object.Symbol;

/**
 * Where an address points in this file: {@code addend} bytes past {@code base}, the position of
 * a label. {@code symbol} is the symbol the address was written with: the label itself, or a
 * symbol set to label + n, which GNU {@code as} keeps as a symbol of that label's section.
 */
public record Located(AsmSymbol symbol, Position base, long addend) {

    public SectionState section() {
        return base.section();
    }

    /** The offset in the section, valid during and after layout. */
    public long address() {
        return base.address() + addend;
    }

    public Symbol.Binding binding() {
        return symbol.binding();
    }

    /** Where {@code value} points, or null if it is not a symbol plus a number in a section of this file. */
    public static Located of(Value value) {
        if (!value.isSymbolic()) {
            return null;
        }
        Located base = of(value.plus());
        return base == null ? null : new Located(value.plus(), base.base(), base.addend() + value.addend());
    }

    /** Where {@code symbol} points: a label, or a symbol set to an address of one. */
    public static Located of(AsmSymbol symbol) {
        if (symbol.kind() == AsmSymbol.Kind.LABEL) {
            return new Located(symbol, symbol.position(), 0);
        }
        if (symbol.kind() != AsmSymbol.Kind.EQUATED) {
            return null;
        }
        Value value;
        try {
            value = Evaluator.resolve(symbol.equated(), Evaluator.Mode.OPERAND);
        } catch (AsmException e) {
            return null;
        }
        Located inner = value.plus() == symbol ? null : of(value);
        return inner == null ? null : new Located(symbol, inner.base(), inner.addend());
    }
}
