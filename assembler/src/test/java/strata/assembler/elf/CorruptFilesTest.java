package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged and foreign files give an {@link ElfFormatException} that says what is wrong and
 * where, and nothing else ever escapes the reader: checked case by case, then by thousands of
 * random corruptions (flipped bytes, overwritten header fields, truncation) of real files.
 */
class CorruptFilesTest {
    private static final byte[] OBJECT = ElfFixtures.bytes(ElfFixtures.DIRECTORY.resolve("sections.o"));
    private static final byte[] EXECUTABLE = ElfFixtures.bytes(ElfFixtures.DIRECTORY.resolve("program.elf"));
    private static final int MUTATIONS_PER_FILE = 4000;

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                damaged("empty", OBJECT, p -> new byte[0], "not an ELF file"),
                damaged("text", OBJECT, p -> "#!/bin/sh\n".getBytes(), "not an ELF file"),
                damaged("truncated header", OBJECT, p -> Arrays.copyOf(p.bytes(), 20),
                        "the ELF header (file bytes 0x0 to 0x34) runs past the end of the file (0x14 bytes)"),
                damaged("ELF64", OBJECT, p -> p.u8(4, 2).bytes(),
                        "the ELF header's class is 2, expected ELF32 (1); Strata reads 32-bit files only"),
                damaged("big-endian", OBJECT, p -> p.u8(5, 2).bytes(),
                        "the ELF header's data encoding is 2, expected little-endian (1)"),
                damaged("x86-64", OBJECT, p -> p.u16(18, 62).bytes(), "machine 62 is not RISC-V (243)"),
                damaged("shared object", OBJECT, p -> p.u16(16, 3).bytes(),
                        "a shared object is not supported: Strata reads relocatable objects and executables"),
                damaged("section headers past the end", OBJECT, p -> p.u32(32, 0x10000).bytes(),
                        "the section header table (file bytes 0x10000 to 0x10280) runs past the end of the file"),
                damaged("truncated", OBJECT, p -> Arrays.copyOf(p.bytes(), p.bytes().length - 1),
                        "the section header table"),
                damaged("names index", OBJECT, p -> p.u16(50, 99).bytes(),
                        "the section name table index 99 is past the last section (15)"),
                damaged("names not strings", OBJECT, p -> p.u16(50, 1).bytes(),
                        "the section name table, section [1], is not a string table (type 1)"),
                damaged("section past the end", OBJECT, p -> p.section(".data", ElfPatcher.SH_SIZE, 0x7ffffff0).bytes(),
                        "section [3] .data (file bytes 0x58 to 0x80000048) runs past the end of the file (0x724 bytes)"),
                damaged("unterminated name", OBJECT, p -> p.section(".shstrtab", ElfPatcher.SH_SIZE,
                        p.sectionField(".shstrtab", ElfPatcher.SH_SIZE) - 1).bytes(), "has no terminating NUL"),
                damaged("overlap", OBJECT, p -> p.section(".data", ElfPatcher.SH_OFFSET,
                        p.sectionField(".text", ElfPatcher.SH_OFFSET) + 4).bytes(),
                        "section [3] .data (file bytes 0x38 to 0x4c) overlaps section [1] .text (0x34 to 0x54)"),
                damaged("alignment", OBJECT, p -> p.section(".text", ElfPatcher.SH_ADDRALIGN, 3).bytes(),
                        "section [1] .text: alignment 3 is not a power of two"),
                damaged("symbol table entry size", OBJECT, p -> p.section(".symtab", ElfPatcher.SH_ENTSIZE, 24).bytes(),
                        "section [13] .symtab: entry size 24, expected 16"),
                damaged("symbol strings", OBJECT, p -> p.section(".symtab", ElfPatcher.SH_LINK, 1).bytes(),
                        "section [13] .symtab: its string table, section [1] .text, is not a string table (type 1)"),
                damaged("symbol strings loop", OBJECT, p -> p.section(".symtab", ElfPatcher.SH_LINK, 13).bytes(),
                        "section [13] .symtab: sh_link 13 does not name its string table"),
                damaged("symbol section", OBJECT, p -> p.u16(p.entry(".symtab", 6) + 14, 200).bytes(),
                        "symbol [6] message: section index 200 is past the last section (15)"),
                damaged("symbol in a table", OBJECT, p -> p.u16(p.entry(".symtab", 6) + 14, 13).bytes(),
                        "symbol [6] message: defined in section [13] .symtab, which is not a section with content"),
                damaged("symbol binding", OBJECT, p -> p.u8(p.entry(".symtab", 6) + 12, 0x91).bytes(),
                        "symbol [6] message: unknown binding 9"),
                damaged("symbol name", OBJECT, p -> p.u32(p.entry(".symtab", 6), 0x7fffffff).bytes(),
                        "name offset 0x7fffffff is outside section [14] .strtab (0xdc bytes)"),
                damaged("relocation symbol", OBJECT, p -> p.u32(p.entry(".rela.text", 0) + 4, 99 << 8 | 23).bytes(),
                        "section [2] .rela.text: relocation 0: symbol index 99 is past the end of the symbol table"
                                + " (31 entries)"),
                damaged("relocation type", OBJECT, p -> p.u32(p.entry(".rela.text", 2) + 4, 7 << 8 | 61).bytes(),
                        "section [2] .rela.text: relocation 2 (at .text+0x8): relocation type 61 (R_RISCV_SUB_ULEB128) is not supported"),
                damaged("relocation offset", OBJECT, p -> p.u32(p.entry(".rela.text", 1), 0x20).bytes(),
                        "section [2] .rela.text: relocation 1: offset 0x20 is outside section [1] .text (0x20 bytes)"),
                damaged("relocation entry size", OBJECT, p -> p.section(".rela.data", ElfPatcher.SH_ENTSIZE, 8).bytes(),
                        "section [4] .rela.data: entry size 8, expected 12"),
                damaged("two relocation tables", OBJECT, p -> p.section(".rela.data", ElfPatcher.SH_INFO, 1).bytes(),
                        "two relocation tables for section [1] .text: section [2] .rela.text and section [4]"
                                + " .rela.data"),
                damaged("relocations of a table", OBJECT, p -> p.section(".rela.text", ElfPatcher.SH_INFO, 13).bytes(),
                        "section [2] .rela.text: sh_info 13 does not name a section with content to relocate"),
                damaged("relocations of themselves", OBJECT, p -> p.section(".rela.text", ElfPatcher.SH_INFO, 2).bytes(),
                        "section [2] .rela.text: sh_info 2 does not name a section with content to relocate"),
                damaged("relocations of nothing", OBJECT, p -> p.section(".rela.text", ElfPatcher.SH_INFO, 99).bytes(),
                        "section [2] .rela.text: sh_info 99 does not name a section with content to relocate"),
                damaged("relocations of bss", OBJECT, p -> p.section(".rela.data", ElfPatcher.SH_INFO, 5).bytes(),
                        "section [4] .rela.data: relocates section [5] .bss, which has no bytes in the file"),
                damaged("segment past the end", EXECUTABLE, p -> p.u32(52 + 32 + 4, 0x100000).bytes(),
                        "program header [1] (the segment's bytes) (file bytes 0x100000 to 0x1000ed) runs past the"
                                + " end of the file"),
                damaged("segment sizes", EXECUTABLE, p -> p.u32(52 + 32 + 20, 4).bytes(),
                        "program header [1]: loads 0xed bytes from the file into 0x4 bytes of memory"),
                damaged("program headers past the end", EXECUTABLE, p -> p.u16(44, 1000).bytes(),
                        "the program header table (file bytes 0x34 to 0x7d34) runs past the end of the file"));
    }

    private static Arguments damaged(String name, byte[] original, Function<ElfPatcher, byte[]> damage,
                                     String message) {
        return Arguments.of(name, damage.apply(new ElfPatcher(original)), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void damageIsReportedWithWhatAndWhere(String name, byte[] file, String message) {
        assertThatThrownBy(() -> ElfReader.read(file)).isInstanceOf(ElfFormatException.class)
                .hasMessageContaining(message);
    }

    static List<Path> binaries() {
        return ElfFixtures.binaries();
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void randomDamageNeverEscapesAsAnotherException(Path binary) {
        byte[] original = ElfFixtures.bytes(binary);
        Random random = new Random(binary.getFileName().toString().hashCode());
        int rejected = 0;
        for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
            byte[] damaged = Damage.apply(original, random);
            try {
                ElfReader.read(damaged);
            } catch (ElfFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
                rejected++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("mutation " + i + " of " + binary + " made the reader throw " + e, e);
            }
        }
        assertThat(rejected).as("some mutations must be caught").isPositive();
    }
}
