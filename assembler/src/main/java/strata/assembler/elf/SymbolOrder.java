package strata.assembler.elf;

import java.util.List;
import strata.assembler.object.Relocation;
import strata.assembler.object.Symbol;

/**
 * Where each symbol of the model goes in the ELF symbol table, which must list the local symbols
 * first (the gABI: sh_info of .symtab is the index of the first non-local). Entry 0 is the null
 * symbol; locals keep their order among themselves, and so do the others, so a model whose
 * symbols are already locals first keeps every index (plus one for the null symbol).
 */
final class SymbolOrder {
    private final int[] elfIndex;
    private final int[] modelIndex;
    private final int firstNonLocal;

    private SymbolOrder(int[] elfIndex, int[] modelIndex, int firstNonLocal) {
        this.elfIndex = elfIndex;
        this.modelIndex = modelIndex;
        this.firstNonLocal = firstNonLocal;
    }

    static SymbolOrder of(List<Symbol> symbols) {
        int[] elfIndex = new int[symbols.size()];
        int[] modelIndex = new int[symbols.size() + 1];
        int next = 1;
        for (int i = 0; i < symbols.size(); i++) {
            if (isLocal(symbols.get(i))) {
                elfIndex[i] = next;
                modelIndex[next++] = i;
            }
        }
        int firstNonLocal = next;
        for (int i = 0; i < symbols.size(); i++) {
            if (!isLocal(symbols.get(i))) {
                elfIndex[i] = next;
                modelIndex[next++] = i;
            }
        }
        return new SymbolOrder(elfIndex, modelIndex, firstNonLocal);
    }

    private static boolean isLocal(Symbol symbol) {
        return symbol.binding() == Symbol.Binding.LOCAL;
    }

    /** The ELF symbol index a relocation names: 0 for {@link Relocation#NO_SYMBOL}. */
    int elfIndex(int modelIndex) {
        if (modelIndex == Relocation.NO_SYMBOL) {
            return Elf.STN_UNDEF;
        }
        if (modelIndex < 0 || modelIndex >= elfIndex.length) {
            throw new IllegalArgumentException("relocation names symbol " + modelIndex + " of " + elfIndex.length);
        }
        return elfIndex[modelIndex];
    }

    /** The model index of the symbol at ELF index {@code index} (1 and up). */
    int modelIndex(int index) {
        return modelIndex[index];
    }

    int count() {
        return modelIndex.length;
    }

    int firstNonLocal() {
        return firstNonLocal;
    }
}
