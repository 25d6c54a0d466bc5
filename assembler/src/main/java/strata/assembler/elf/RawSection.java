package strata.assembler.elf;

import strata.assembler.object.Section;

/**
 * A section header as the file has it, before the reader decides what it becomes in the model.
 * Offsets and sizes are unsigned, so they are longs.
 */
record RawSection(int index, long nameOffset, String name, int type, int flags, int address, long offset, long size, int link,
                  int info, int alignment, int entrySize) {

    static final String NO_NAME = "";

    boolean hasFileBytes() {
        return type != Section.SHT_NOBITS && type != Elf.SHT_NULL && size > 0;
    }

    boolean isRelocationTable() {
        return type == Elf.SHT_RELA || type == Elf.SHT_REL;
    }

    RawSection named(String sectionName) {
        return new RawSection(index, nameOffset, sectionName, type, flags, address, offset, size, link, info, alignment, entrySize);
    }

    /** How messages name the section: {@code section [5] .rela.text}. */
    String describe() {
        return name.isEmpty() ? "section [" + index + "]" : "section [" + index + "] " + name;
    }
}
