package strata.assembler.elf;

import strata.assembler.object.Section;

/**
 * One section header as the writer lays it out: the fields the model gives, and those the
 * writer decides (name offset, file offset, link, info).
 */
final class SectionHeader {
    final String name;
    final int type;
    final int flags;
    final int address;
    final int alignment;
    final int entrySize;
    final byte[] data;
    final int size;
    int nameOffset;
    int offset;
    int link;
    int info;

    SectionHeader(String name, int type, int flags, int address, int alignment, int entrySize, byte[] data, int size) {
        if (type != Section.SHT_NOBITS && data.length != size) {
            throw new IllegalArgumentException("section " + name + " has " + data.length + " bytes but size " + size);
        }
        if (alignment != 0 && Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("section " + name + " has alignment " + alignment
                    + ", not a power of two");
        }
        this.name = name;
        this.type = type;
        this.flags = flags;
        this.address = address;
        this.alignment = alignment;
        this.entrySize = entrySize;
        this.data = data;
        this.size = size;
    }

    boolean isNobits() {
        return type == Section.SHT_NOBITS;
    }

    boolean isAlloc() {
        return (flags & Section.SHF_ALLOC) != 0;
    }
}
