package strata.assembler.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.object.Symbol;

/**
 * The global and weak symbols of all inputs, resolved by name as a static ELF link resolves
 * them: a strong definition beats a common block, which beats a weak definition; two strong
 * definitions are an error; common blocks of one name merge into the largest size and
 * alignment; a name only ever referenced weakly may stay undefined (it is 0).
 * Names keep the order in which inputs first mention them, which is the order of the output
 * symbol table.
 */
final class GlobalSymbols {

    /** What a name resolved to. */
    sealed interface Resolution permits Defined, Common, Undefined, Provided {
    }

    /** Defined by symbol {@code index} of input {@code input}. */
    record Defined(int input, int index, Symbol symbol) implements Resolution {
        boolean isWeak() {
            return symbol.binding() == Symbol.Binding.WEAK;
        }
    }

    /** Defined by the linker (docs/linker.md); the symbol holds its final address. */
    record Provided(Symbol symbol) implements Resolution {
    }

    /** A common block the linker allocates in .bss, first declared by symbol {@code index} of {@code input}. */
    record Common(int size, long alignment, int input, int index) implements Resolution {
    }

    /** Not defined anywhere; {@code weakOnly} if every reference is weak. */
    record Undefined(boolean weakOnly) implements Resolution {
    }

    private final Map<String, Resolution> byName = new LinkedHashMap<>();

    /** Resolves every non-local symbol of {@code inputs}, reporting duplicate definitions. */
    static GlobalSymbols resolve(List<LinkInput> inputs, Diagnostics diagnostics) {
        GlobalSymbols globals = new GlobalSymbols();
        for (int input = 0; input < inputs.size(); input++) {
            List<Symbol> symbols = inputs.get(input).object().symbols();
            for (int index = 0; index < symbols.size(); index++) {
                Symbol symbol = symbols.get(index);
                if (symbol.binding() != Symbol.Binding.LOCAL) {
                    globals.add(inputs, input, index, symbol, diagnostics);
                }
            }
        }
        return globals;
    }

    private void add(List<LinkInput> inputs, int input, int index, Symbol symbol, Diagnostics diagnostics) {
        Resolution old = byName.get(symbol.name());
        Resolution offered = offered(input, index, symbol);
        if (old == null) {
            byName.put(symbol.name(), offered);
        } else if (offered instanceof Undefined undefined) {
            if (old instanceof Undefined previous) {
                byName.put(symbol.name(), new Undefined(previous.weakOnly() && undefined.weakOnly()));
            }
        } else if (old instanceof Undefined) {
            byName.put(symbol.name(), offered);
        } else if (offered instanceof Common common) {
            if (old instanceof Common previous) {
                byName.put(symbol.name(), new Common(Math.max(previous.size(), common.size()),
                        Math.max(previous.alignment(), common.alignment()), previous.input(), previous.index()));
            } else if (old instanceof Defined defined && defined.isWeak()) {
                byName.put(symbol.name(), common);
            }
        } else if (!((Defined) offered).isWeak()) {
            if (old instanceof Defined previous && !previous.isWeak()) {
                diagnostics.error(inputs.get(input).name(), "duplicate definition of `" + Symbol.printable(symbol.name())
                        + "', first defined in " + inputs.get(previous.input()).name());
            } else {
                byName.put(symbol.name(), offered);
            }
        }
    }

    private static Resolution offered(int input, int index, Symbol symbol) {
        return switch (symbol.section()) {
            case Symbol.UNDEFINED -> new Undefined(symbol.binding() == Symbol.Binding.WEAK);
            case Symbol.COMMON -> new Common(symbol.size(), Math.max(Integer.toUnsignedLong(symbol.value()), 1), input,
                    index);
            default -> new Defined(input, index, symbol);
        };
    }

    Resolution get(String name) {
        return byName.get(name);
    }

    /** Defines {@code symbol} for the linker unless an input defines its name; returns whether it did. */
    boolean provide(Symbol symbol) {
        Resolution old = byName.get(symbol.name());
        if (old == null || old instanceof Undefined) {
            byName.put(symbol.name(), new Provided(symbol));
            return true;
        }
        return false;
    }

    Map<String, Resolution> all() {
        return byName;
    }
}
