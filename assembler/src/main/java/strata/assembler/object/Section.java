package strata.assembler.object;

import java.util.Arrays;
import java.util.List;

/**
 * A section of an object file, with its bytes and the relocations that apply to them.
 *
 * <p>{@code type} and {@code flags} are the ELF values (SHT_*, SHF_*; constants below).
 * {@code data} holds the contents, or is empty for NOBITS sections such as {@code .bss}, whose
 * size is {@code size}. {@code entrySize} is sh_entsize: the size of one element of a section
 * of fixed-size entries, such as a mergeable string section ({@code "aMS"}), else 0. The ELF
 * writer makes the symbol, string and relocation sections itself; they never appear here.
 *
 * <p>Two sections are equal when their fields and the contents of their bytes are.
 */
public record Section(String name, int type, int flags, int address, int alignment, int entrySize, byte[] data,
                      int size, List<Relocation> relocations) {

    public static final int SHT_PROGBITS = 1;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_INIT_ARRAY = 14;
    public static final int SHT_FINI_ARRAY = 15;
    public static final int SHT_RISCV_ATTRIBUTES = 0x70000003;

    public static final int SHF_WRITE = 0x1;
    public static final int SHF_ALLOC = 0x2;
    public static final int SHF_EXECINSTR = 0x4;
    public static final int SHF_MERGE = 0x10;
    public static final int SHF_STRINGS = 0x20;

    public boolean isNobits() {
        return type == SHT_NOBITS;
    }

    public boolean isAlloc() {
        return (flags & SHF_ALLOC) != 0;
    }

    public boolean isExecutable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    public boolean isWritable() {
        return (flags & SHF_WRITE) != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Section that
                && name.equals(that.name) && type == that.type && flags == that.flags
                && address == that.address && alignment == that.alignment && entrySize == that.entrySize
                && Arrays.equals(data, that.data) && size == that.size && relocations.equals(that.relocations);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Section[" + name + ", type=" + type + ", flags=0x" + Integer.toHexString(flags)
                + ", address=0x" + Integer.toHexString(address) + ", alignment=" + alignment
                + ", entrySize=" + entrySize + ", size=" + size + ", data=" + HexText.of(data)
                + ", relocations=" + relocations + "]";
    }
}
