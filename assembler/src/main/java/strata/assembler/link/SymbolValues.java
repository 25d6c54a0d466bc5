package strata.assembler.link;

import java.util.List;
import strata.assembler.object.Relocation;
import strata.assembler.object.Symbol;

/**
 * The final address of any symbol of any input, once the layout is known: a local symbol is its
 * section's address plus its offset; a global or weak one is whatever its name resolved to.
 * Targets carry printable names ({@link Symbol#printable}), since they are for messages.
 */
final class SymbolValues {
    private final List<LinkInput> inputs;
    private final GlobalSymbols globals;
    private final Layout layout;

    SymbolValues(List<LinkInput> inputs, GlobalSymbols globals, Layout layout) {
        this.inputs = inputs;
        this.globals = globals;
        this.layout = layout;
    }

    /** The target of symbol {@code index} of input {@code input} ({@link Relocation#NO_SYMBOL}: address 0). */
    Target target(int input, int index) {
        if (index == Relocation.NO_SYMBOL) {
            return Target.defined("no symbol", 0);
        }
        Symbol symbol = inputs.get(input).object().symbols().get(index);
        if (symbol.binding() == Symbol.Binding.LOCAL) {
            return local(input, symbol);
        }
        String name = Symbol.printable(symbol.name());
        GlobalSymbols.Resolution resolution = globals.get(symbol.name());
        if (resolution instanceof GlobalSymbols.Defined defined) {
            return local(defined.input(), defined.symbol());
        }
        if (resolution instanceof GlobalSymbols.Common) {
            return Target.defined(name, layout.commonAddress(symbol.name()));
        }
        if (resolution instanceof GlobalSymbols.Provided provided) {
            return Target.defined(name, Integer.toUnsignedLong(provided.symbol().value()));
        }
        boolean weakOnly = ((GlobalSymbols.Undefined) resolution).weakOnly();
        return new Target(name, 0, weakOnly ? Target.State.UNDEFINED_WEAK : Target.State.UNDEFINED);
    }

    /** The address of {@code symbol}, defined in input {@code input} (not through the global table). */
    Target local(int input, Symbol symbol) {
        String name = Symbol.printable(symbol.name());
        long value = Integer.toUnsignedLong(symbol.value());
        if (symbol.section() == Symbol.ABSOLUTE) {
            return Target.defined(name, value);
        }
        if (symbol.section() < 0) {
            return new Target(name, 0, Target.State.UNDEFINED);
        }
        long base = layout.address(input, symbol.section());
        if (base < 0) {
            return new Target(name, 0, Target.State.NOT_LOADED);
        }
        return Target.defined(name, base + value);
    }
}
