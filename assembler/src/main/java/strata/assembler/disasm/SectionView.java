package strata.assembler.disasm;

import strata.assembler.object.Section;

/**
 * A section being listed: its index in the file, its address and whether the file has
 * relocations at all, which decides how objdump names addresses inside it.
 */
record SectionView(int index, Section section, boolean fileHasRelocations) {

    long address() {
        return Integer.toUnsignedLong(section.address());
    }

    long size() {
        return Integer.toUnsignedLong(section.size());
    }

    String name() {
        return section.name();
    }

    boolean contains(long vma) {
        return vma >= address() && vma < address() + size();
    }
}
