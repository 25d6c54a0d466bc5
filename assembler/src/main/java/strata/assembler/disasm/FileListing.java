package strata.assembler.disasm;

import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;

/**
 * What the disassembly of one file shares between its sections, as binutils shares it: the
 * symbols, the mapping-symbol and address-hint state, and the size of the last item
 * disassembled, which objdump reuses to group the bytes of a data object.
 */
final class FileListing {
    private static final String GLOBAL_POINTER = "__global_pointer$";

    final ObjectFile file;
    final List<ListingSymbol> symbols;
    final Objdump.Options options;
    final StringBuilder out;
    final Disassembler disassembler;
    final MappingSymbols mapping = new MappingSymbols();
    final AddressHints hints;
    /** objdump's bytes_per_chunk, left over from the last item disassembled. */
    int bytesPerChunk;

    FileListing(ObjectFile file, List<ListingSymbol> symbols, Objdump.Options options, StringBuilder out) {
        this.file = file;
        this.symbols = symbols;
        this.options = options;
        this.out = out;
        this.disassembler = options.aliases() ? new Disassembler() : new Disassembler().withoutAliases();
        this.hints = new AddressHints(globalPointer(SortedSymbols.useful(symbols)));
    }

    /** BFD's HAS_RELOC: the file has relocations for some section. */
    boolean hasRelocations() {
        for (Section section : file.sections()) {
            if (!section.relocations().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The name objdump prints for the type of {@code relocation}. */
    static String typeName(Relocation relocation) {
        return relocation.type() == null ? "*unknown*" : relocation.type().elfName();
    }

    /**
     * The name objdump prints for the symbol of {@code relocation}: its own, or its section's;
     * a relocation without a symbol is against BFD's absolute section symbol.
     */
    String symbolName(Relocation relocation) {
        int index = relocation.symbol();
        if (index == Relocation.NO_SYMBOL) {
            return ListingSymbol.ABSOLUTE;
        }
        ListingSymbol symbol = ListingSymbol.of(file, file.symbols().get(index));
        return symbol.name().isEmpty() ? symbol.sectionName() : symbol.name();
    }

    private static Long globalPointer(List<ListingSymbol> symbols) {
        Long value = null;
        for (ListingSymbol symbol : symbols) {
            if (symbol.name().equals(GLOBAL_POINTER)) {
                value = symbol.value();
            }
        }
        return value;
    }
}
