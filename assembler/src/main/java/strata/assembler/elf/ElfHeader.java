package strata.assembler.elf;

import strata.assembler.object.ObjectFile;

/**
 * The ELF header of a file being read, checked: identification (ELF32, little-endian, RISC-V,
 * relocatable or executable), the sizes of the header records, and where the header tables are.
 */
record ElfHeader(ObjectFile.Kind kind, int entry, int flags, long programHeaderOffset, int segmentCount,
                 long sectionHeaderOffset, int sectionCount, int namesIndex) {

    private static final int EI_CLASS = 4;
    private static final int EI_DATA = 5;
    private static final int EI_VERSION = 6;
    private static final String WHAT = "the ELF header";

    static ElfHeader read(ElfInput in) throws ElfFormatException {
        if (in.length() < Elf.MAGIC.length || !hasMagic(in)) {
            throw new ElfFormatException("not an ELF file (it does not start with 0x7f 'E' 'L' 'F')");
        }
        in.require(0, Elf.EHDR_SIZE, WHAT);
        expect(in.u8(EI_CLASS, WHAT), Elf.ELFCLASS32, "class", "ELF32 (1); Strata reads 32-bit files only");
        expect(in.u8(EI_DATA, WHAT), Elf.ELFDATA2LSB, "data encoding", "little-endian (1)");
        expect(in.u8(EI_VERSION, WHAT), Elf.EV_CURRENT, "version", "1");
        int machine = in.u16(18, WHAT);
        if (machine != Elf.EM_RISCV) {
            throw new ElfFormatException("machine " + machine + " is not RISC-V (" + Elf.EM_RISCV + ")");
        }
        ObjectFile.Kind kind = kind(in.u16(16, WHAT));
        long programHeaderOffset = in.u32(28, WHAT);
        long sectionHeaderOffset = in.u32(32, WHAT);
        int segmentCount = in.u16(44, WHAT);
        int sectionCount = in.u16(48, WHAT);
        if (segmentCount > 0) {
            expect(in.u16(42, WHAT), Elf.PHDR_SIZE, "program header size", String.valueOf(Elf.PHDR_SIZE));
            in.require(programHeaderOffset, (long) segmentCount * Elf.PHDR_SIZE, "the program header table");
        }
        if (sectionCount == 0 && sectionHeaderOffset != 0) {
            throw new ElfFormatException("0 section headers at offset 0x" + Long.toHexString(sectionHeaderOffset)
                    + ": extended section numbering is not supported");
        }
        if (sectionCount > 0) {
            expect(in.u16(46, WHAT), Elf.SHDR_SIZE, "section header size", String.valueOf(Elf.SHDR_SIZE));
            in.require(sectionHeaderOffset, (long) sectionCount * Elf.SHDR_SIZE, "the section header table");
        }
        return new ElfHeader(kind, in.i32(24, WHAT), in.i32(36, WHAT), programHeaderOffset, segmentCount,
                sectionHeaderOffset, sectionCount, in.u16(50, WHAT));
    }

    private static boolean hasMagic(ElfInput in) throws ElfFormatException {
        for (int i = 0; i < Elf.MAGIC.length; i++) {
            if (in.u8(i, WHAT) != (Elf.MAGIC[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectFile.Kind kind(int type) throws ElfFormatException {
        for (ObjectFile.Kind kind : ObjectFile.Kind.values()) {
            if (kind.number() == type) {
                return kind;
            }
        }
        String name = switch (type) {
            case 3 -> "a shared object";
            case 4 -> "a core dump";
            default -> "ELF type " + type;
        };
        throw new ElfFormatException(name + " is not supported: Strata reads relocatable objects and executables");
    }

    private static void expect(int actual, int expected, String field, String wanted) throws ElfFormatException {
        if (actual != expected) {
            throw new ElfFormatException("the ELF header's " + field + " is " + actual + ", expected " + wanted);
        }
    }
}
