package strata.assembler.object;

import java.util.List;

/**
 * An ELF32 RISC-V file in memory, independent of its byte layout: what the assembler makes,
 * the linker reads and writes, and the disassembler and the machine's loader read.
 *
 * <p>A relocatable object ({@link Kind#RELOCATABLE}) has sections with relocations and a
 * symbol table whose first entry is the null symbol; an executable ({@link Kind#EXECUTABLE})
 * also has an entry point and the program headers that say what to load where.
 */
public record ObjectFile(Kind kind, int flags, int entry, List<Section> sections, List<Symbol> symbols,
                         List<Segment> segments) {

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
        for (Section section : sections) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        return null;
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
