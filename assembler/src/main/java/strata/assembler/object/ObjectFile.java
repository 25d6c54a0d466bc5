package strata.assembler.object;

import java.util.List;

/**
 * An ELF32 RISC-V file in memory, independent of its byte layout: what the assembler makes,
 * the linker reads and writes, and the disassembler and the machine's loader read.
 *
 * <p>A relocatable object ({@link Kind#RELOCATABLE}) has sections with relocations and a symbol
 * table; an executable ({@link Kind#EXECUTABLE}) also has an entry point and the program headers
 * (segments) that say what to load where. {@code flags} is the ELF e_flags word (float ABI, RVC).
 *
 * <p>What the ELF file has but this model leaves out, because the ELF writer makes it: the null
 * section, the null symbol, and the symbol, string and relocation sections. So
 * {@code sections} holds only the sections with content (code, data, bss, attributes...), and
 * {@code symbols} starts with the first real symbol: a relocation's symbol index counts from 0
 * into this list, and -1 means "no symbol". The writer orders the ELF symbol table locals
 * first, as ELF requires; a model whose symbols are already locals first keeps its indices.
 */
public record ObjectFile(Kind kind, int flags, int entry, List<Section> sections, List<Symbol> symbols,
                         List<Segment> segments) {

    /** e_flags bit: the code uses compressed instructions (EF_RISCV_RVC). */
    public static final int EF_RISCV_RVC = 0x1;
    /** e_flags bits 2:1: the float ABI (EF_RISCV_FLOAT_ABI), 0 soft, 1 single, 2 double, 3 quad. */
    public static final int EF_RISCV_FLOAT_ABI = 0x6;
    /** e_flags bit: the RV32E register set (EF_RISCV_RVE). */
    public static final int EF_RISCV_RVE = 0x8;

    /** ELF e_type. */
    public enum Kind {
        RELOCATABLE(1), EXECUTABLE(2);

        private final int number;

        Kind(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }
    }

    /** The section named {@code name}, or null. */
    public Section section(String name) {
        int index = sectionIndex(name);
        return index < 0 ? null : sections.get(index);
    }

    /** The index of the section named {@code name}, or -1. */
    public int sectionIndex(String name) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The first symbol named {@code name} that is defined, or null. */
    public Symbol symbol(String name) {
        for (Symbol symbol : symbols) {
            if (symbol.name().equals(name) && symbol.isDefined()) {
                return symbol;
            }
        }
        return null;
    }
}
