package strata.assembler.elf;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.object.Symbol;

/**
 * Reads the symbol table of a file into model symbols, leaving out the null symbol 0: symbol i
 * of the file is symbol i-1 of the model. Checks each entry's name, binding, type and section.
 */
final class SymbolTableReader {
    private final ElfInput in;
    private final RawSection table;
    private final RawSection strings;

    /** {@code table} is null when the file has no symbol table. */
    SymbolTableReader(ElfInput in, RawSection table, RawSection strings) throws ElfFormatException {
        this.in = in;
        this.table = table;
        this.strings = strings;
        if (table != null) {
            if (table.entrySize() != Elf.SYM_SIZE) {
                throw new ElfFormatException(table.describe() + ": entry size " + table.entrySize()
                        + ", expected " + Elf.SYM_SIZE);
            }
            if (table.size() % Elf.SYM_SIZE != 0) {
                throw new ElfFormatException(table.describe() + ": size 0x" + Long.toHexString(table.size())
                        + " is not a whole number of " + Elf.SYM_SIZE + "-byte symbols");
            }
            if (table.size() == 0) {
                throw new ElfFormatException(table.describe() + ": empty, without even the null symbol");
            }
        }
    }

    /** The number of entries in the file's table, the null symbol included. */
    int count() {
        return table == null ? 0 : (int) (table.size() / Elf.SYM_SIZE);
    }

    /**
     * The symbols; {@code modelIndex} maps a file section index to the model's, -1 for a
     * section the model does not keep.
     */
    List<Symbol> read(RawSection[] sections, int[] modelIndex) throws ElfFormatException {
        List<Symbol> symbols = new ArrayList<>();
        for (int i = 1; i < count(); i++) {
            long at = table.offset() + (long) i * Elf.SYM_SIZE;
            String what = "symbol [" + i + "]";
            long nameOffset = in.u32(at, what);
            int info = in.u8(at + 12, what);
            int sectionIndex = in.u16(at + 14, what);
            String name = in.string(strings.offset(), strings.size(), nameOffset, strings.describe());
            String described = name.isEmpty() ? what : what + " " + name;
            Symbol.Binding binding = Symbol.Binding.byNumber(info >>> 4);
            if (binding == null) {
                throw new ElfFormatException(described + ": unknown binding " + (info >>> 4));
            }
            Symbol.Type type = Symbol.Type.byNumber(info & 0xf);
            if (type == null) {
                throw new ElfFormatException(described + ": unknown type " + (info & 0xf));
            }
            int section = section(sectionIndex, sections, modelIndex, described);
            if (type == Symbol.Type.SECTION && section >= 0) {
                name = sections[sectionIndex].name();
            }
            symbols.add(new Symbol(name, in.i32(at + 4, what), in.i32(at + 8, what), binding, type,
                    Symbol.Visibility.byNumber(in.u8(at + 13, what)), section));
        }
        return symbols;
    }

    private static int section(int index, RawSection[] sections, int[] modelIndex, String symbol)
            throws ElfFormatException {
        switch (index) {
            case Elf.SHN_UNDEF:
                return Symbol.UNDEFINED;
            case Elf.SHN_ABS:
                return Symbol.ABSOLUTE;
            case Elf.SHN_COMMON:
                return Symbol.COMMON;
            default:
                break;
        }
        if (index >= Elf.SHN_LORESERVE) {
            throw new ElfFormatException(String.format("%s: special section index 0x%x is not supported", symbol,
                    index));
        }
        if (index >= sections.length) {
            throw new ElfFormatException(symbol + ": section index " + index + " is past the last section ("
                    + (sections.length - 1) + ")");
        }
        if (modelIndex[index] < 0) {
            throw new ElfFormatException(symbol + ": defined in " + sections[index].describe()
                    + ", which is not a section with content");
        }
        return modelIndex[index];
    }
}
