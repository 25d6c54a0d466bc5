package strata.assembler.elf;

/**
 * The numbers of the ELF32 format that the reader and writer share: sizes of the fixed-size
 * records, header field values, and the section types and indices the object model does not
 * name because only the ELF layer makes or consumes them. From the System V gABI and the RISC-V
 * ELF psABI.
 */
final class Elf {
    private Elf() {
    }

    static final int EHDR_SIZE = 52;
    static final int PHDR_SIZE = 32;
    static final int SHDR_SIZE = 40;
    static final int SYM_SIZE = 16;
    static final int RELA_SIZE = 12;
    static final int REL_SIZE = 8;

    static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};
    static final int ELFCLASS32 = 1;
    static final int ELFDATA2LSB = 1;
    static final int EV_CURRENT = 1;
    static final int EM_RISCV = 243;

    static final int SHT_NULL = 0;
    static final int SHT_SYMTAB = 2;
    static final int SHT_STRTAB = 3;
    static final int SHT_RELA = 4;
    static final int SHT_REL = 9;

    /** sh_flags bit of a relocation section: sh_info holds a section index. */
    static final int SHF_INFO_LINK = 0x40;

    static final int SHN_UNDEF = 0;
    static final int SHN_LORESERVE = 0xff00;
    static final int SHN_ABS = 0xfff1;
    static final int SHN_COMMON = 0xfff2;

    static final int STN_UNDEF = 0;

    /** The symbol table and relocation sections hold 4-byte fields; GNU aligns them to 4. */
    static final int TABLE_ALIGNMENT = 4;
}
