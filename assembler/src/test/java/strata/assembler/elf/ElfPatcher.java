package strata.assembler.elf;

/**
 * Damages a copy of a valid ELF file in one named place, for tests of the reader's messages:
 * a field of the ELF header, of a section header found by name, of a symbol or of a relocation.
 */
final class ElfPatcher {
    /** Offsets of section header fields. */
    static final int SH_NAME = 0;
    static final int SH_TYPE = 4;
    static final int SH_OFFSET = 16;
    static final int SH_SIZE = 20;
    static final int SH_LINK = 24;
    static final int SH_INFO = 28;
    static final int SH_ADDRALIGN = 32;
    static final int SH_ENTSIZE = 36;

    private final byte[] bytes;

    ElfPatcher(byte[] original) {
        this.bytes = original.clone();
    }

    byte[] bytes() {
        return bytes;
    }

    ElfPatcher u8(int offset, int value) {
        bytes[offset] = (byte) value;
        return this;
    }

    ElfPatcher u16(int offset, int value) {
        u8(offset, value);
        return u8(offset + 1, value >>> 8);
    }

    ElfPatcher u32(int offset, int value) {
        u16(offset, value);
        return u16(offset + 2, value >>> 16);
    }

    int read32(int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
                | (bytes[offset + 3] & 0xff) << 24;
    }

    /** The file offset of the section header of the section named {@code name}. */
    int sectionHeader(String name) {
        int headers = read32(32);
        int count = (bytes[48] & 0xff) | (bytes[49] & 0xff) << 8;
        int namesIndex = (bytes[50] & 0xff) | (bytes[51] & 0xff) << 8;
        int names = read32(headers + namesIndex * Elf.SHDR_SIZE + SH_OFFSET);
        for (int i = 0; i < count; i++) {
            int header = headers + i * Elf.SHDR_SIZE;
            int at = names + read32(header + SH_NAME);
            int end = at;
            while (bytes[end] != 0) {
                end++;
            }
            if (new String(bytes, at, end - at, java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                return header;
            }
        }
        throw new AssertionError("no section " + name);
    }

    ElfPatcher section(String name, int field, int value) {
        return u32(sectionHeader(name) + field, value);
    }

    int sectionField(String name, int field) {
        return read32(sectionHeader(name) + field);
    }

    /** The file offset of entry {@code index} of the table in section {@code name}. */
    int entry(String name, int index) {
        return sectionField(name, SH_OFFSET) + index * sectionField(name, SH_ENTSIZE);
    }
}
