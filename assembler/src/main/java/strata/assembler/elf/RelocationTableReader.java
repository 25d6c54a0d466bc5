package strata.assembler.elf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strata.assembler.object.Relocation;
import strata.assembler.object.RelocationType;

/**
 * Reads one REL or RELA table into the relocations of the section it applies to, checking each
 * entry's place, symbol and type. In an executable r_offset is an address ({@code base} is the
 * section's address); the model always holds the offset within the section.
 */
final class RelocationTableReader {
    /** The psABI's names of the types Strata does not handle, so a refusal can say which it is. */
    private static final Map<Integer, String> UNSUPPORTED = Map.ofEntries(
            Map.entry(3, "RELATIVE"), Map.entry(4, "COPY"), Map.entry(5, "JUMP_SLOT"),
            Map.entry(6, "TLS_DTPMOD32"), Map.entry(7, "TLS_DTPMOD64"), Map.entry(8, "TLS_DTPREL32"),
            Map.entry(9, "TLS_DTPREL64"), Map.entry(10, "TLS_TPREL32"), Map.entry(11, "TLS_TPREL64"),
            Map.entry(12, "TLSDESC"), Map.entry(20, "GOT_HI20"), Map.entry(21, "TLS_GOT_HI20"),
            Map.entry(22, "TLS_GD_HI20"), Map.entry(29, "TPREL_HI20"), Map.entry(30, "TPREL_LO12_I"),
            Map.entry(31, "TPREL_LO12_S"), Map.entry(32, "TPREL_ADD"), Map.entry(44, "RVC_BRANCH"),
            Map.entry(45, "RVC_JUMP"), Map.entry(46, "RVC_LUI"), Map.entry(58, "IRELATIVE"), Map.entry(59, "PLT32"),
            Map.entry(60, "SET_ULEB128"), Map.entry(61, "SUB_ULEB128"));

    private final ElfInput in;
    private final RawSection table;
    private final RawSection target;
    private final long base;
    private final int symbolCount;

    RelocationTableReader(ElfInput in, RawSection table, RawSection target, long base, int symbolCount) {
        this.in = in;
        this.table = table;
        this.target = target;
        this.base = base;
        this.symbolCount = symbolCount;
    }

    List<Relocation> read() throws ElfFormatException {
        boolean rela = table.type() == Elf.SHT_RELA;
        int entrySize = rela ? Elf.RELA_SIZE : Elf.REL_SIZE;
        if (table.entrySize() != entrySize) {
            throw new ElfFormatException(table.describe() + ": entry size " + table.entrySize() + ", expected "
                    + entrySize);
        }
        if (table.size() % entrySize != 0) {
            throw new ElfFormatException(table.describe() + ": size 0x" + Long.toHexString(table.size())
                    + " is not a whole number of " + entrySize + "-byte entries");
        }
        if (!target.hasFileBytes()) {
            throw new ElfFormatException(table.describe() + ": relocates " + target.describe()
                    + ", which has no bytes in the file");
        }
        List<Relocation> relocations = new ArrayList<>();
        for (int i = 0; i < table.size() / entrySize; i++) {
            long at = table.offset() + (long) i * entrySize;
            String what = table.describe() + ": relocation " + i;
            long offset = in.u32(at, what) - base;
            int info = in.i32(at + 4, what);
            int symbol = info >>> 8;
            if (offset < 0 || offset >= target.size()) {
                throw new ElfFormatException(String.format("%s: offset 0x%x is outside %s (0x%x bytes)", what,
                        offset + base, target.describe(), target.size()));
            }
            if (symbol >= symbolCount) {
                throw new ElfFormatException(what + ": symbol index " + symbol + " is past the end of the symbol"
                        + " table (" + symbolCount + " entries)");
            }
            RelocationType type = RelocationType.byNumber(info & 0xff);
            if (type == null) {
                String name = UNSUPPORTED.containsKey(info & 0xff) ? " (R_RISCV_" + UNSUPPORTED.get(info & 0xff) + ")"
                        : "";
                throw new ElfFormatException(String.format("%s (at %s+0x%x): relocation type %d%s is not supported",
                        what, target.name(), offset, info & 0xff, name));
            }
            int addend = rela ? in.i32(at + 8, what) : 0;
            relocations.add(new Relocation((int) offset, type, symbol - 1, addend));
        }
        return relocations;
    }
}
