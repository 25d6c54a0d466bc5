package strata.assembler.object;

import java.util.List;

/**
 * A section of an object file, with its bytes and the relocations that apply to them.
 *
 * <p>{@code type} and {@code flags} are the ELF values (SHT_*, SHF_*; constants below).
 * {@code data} holds the contents, or is empty for NOBITS sections such as {@code .bss}, whose
 * size is {@code size}. The ELF writer makes the symbol, string and relocation sections itself;
 * they never appear here.
 */
public record Section(String name, int type, int flags, int address, int alignment, byte[] data, int size,
                      List<Relocation> relocations) {

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
}
