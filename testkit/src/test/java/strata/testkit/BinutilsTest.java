package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.LD;
import static strata.testkit.Binutils.Tool.OBJCOPY;
import static strata.testkit.Binutils.Tool.OBJDUMP;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binutils conveniences, each on a two-line program, read back through the ELF header and readelf. */
class BinutilsTest {
    private static final int EM_RISCV = 0xf3;
    private static final int ET_REL = 1;
    private static final int ET_EXEC = 2;
    private static final int EF_RISCV_FLOAT_ABI_DOUBLE = 0x4;

    @TempDir
    Path directory;

    @Test
    void theToolsAreTheRiscvCrossBinutils() {
        assertThat(List.of(AS, LD, OBJCOPY, OBJDUMP, READELF)).extracting(Binutils.Tool::command).containsExactly(
                "riscv64-unknown-elf-as", "riscv64-unknown-elf-ld", "riscv64-unknown-elf-objcopy",
                "riscv64-unknown-elf-objdump", "riscv64-unknown-elf-readelf");
        assertThat(Binutils.installed(AS)).isEqualTo(Programs.installed("riscv64-unknown-elf-as"));
    }

    @Test
    void assemblesARelocatableRv32ObjectWithTheReferenceOptions() throws IOException {
        Binutils.require(AS);
        ByteBuffer object = header(Binutils.object(source("start.S"), Binutils.AS_OPTIONS));
        assertThat(object.get(4)).as("ELFCLASS32").isEqualTo((byte) 1);
        assertThat(object.getShort(16)).isEqualTo((short) ET_REL);
        assertThat(object.getShort(18)).isEqualTo((short) EM_RISCV);
        assertThat(object.getInt(36)).as("e_flags: soft float, no compressed code").isZero();
    }

    @Test
    void aLaterAbiOptionReplacesTheReferenceOne() throws IOException {
        Binutils.require(AS);
        ByteBuffer object = header(Binutils.object(source("start.S"), Binutils.asOptions("-mabi=ilp32d")));
        assertThat(object.getInt(36)).isEqualTo(EF_RISCV_FLOAT_ABI_DOUBLE);
    }

    @Test
    void aRejectedSourceGivesTheStatusAndTheMessageByFileName() throws IOException {
        Binutils.require(AS);
        Path source = Files.writeString(directory.resolve("bad.S"), "    addi a0, a0\n");
        Run run = Binutils.assemble(source, directory.resolve("bad.o"), Binutils.AS_OPTIONS);
        assertThat(run.status()).isNotZero();
        assertThat(run.stderr()).startsWith("bad.S: Assembler messages:\nbad.S:1: Error: ");
    }

    @Test
    void linksAnExecutableStripsItAndListsIt() throws IOException {
        Binutils.require(AS, LD, OBJCOPY, READELF, OBJDUMP);
        Path source = source("start.S");
        Binutils.assemble(source, directory.resolve("start.o"), Binutils.AS_OPTIONS).assertQuiet();
        byte[] executable = Binutils.executable(directory, List.of("-Ttext=0x80000000", "start.o"));
        assertThat(header(executable).getShort(16)).isEqualTo((short) ET_EXEC);
        assertThat(header(executable).getInt(24)).as("entry").isEqualTo(0x80000000);

        Path linked = Files.write(directory.resolve("start.elf"), executable);
        Binutils.strip(linked, directory.resolve("stripped.elf"));
        String symbols = "Symbol table '.symtab'";
        List<String> options = List.of("-s", "-W");
        assertThat(Binutils.runOn(READELF, linked, options).assertQuiet().stdout()).contains(symbols, "_start");
        assertThat(Binutils.runOn(READELF, directory.resolve("stripped.elf"), options).assertQuiet().stdout())
                .doesNotContain(symbols);
        assertThat(Binutils.runOn(OBJDUMP, linked, List.of("-d")).assertQuiet().stdout())
                .startsWith("\nstart.elf:     file format elf32-littleriscv\n")
                .contains("80000000 <_start>:");
    }

    @Test
    void aLinkThatFailsGivesTheStatusAndTheMessage() throws IOException {
        Binutils.require(AS, LD);
        Path source = Files.writeString(directory.resolve("calls.S"), "_start: call nowhere\n");
        Binutils.assemble(source, directory.resolve("calls.o"), Binutils.AS_OPTIONS).assertQuiet();
        Run run = Binutils.link(directory, Path.of("/dev/null"), List.of("calls.o"));
        assertThat(run.status()).isNotZero();
        assertThat(run.stderr()).contains("undefined reference to `nowhere'");
    }

    @Test
    void runsAnyToolWithItsArguments() {
        Binutils.require(READELF);
        assertThat(Binutils.run(directory, READELF, List.of("--version")).assertQuiet().stdout())
                .startsWith("GNU readelf");
    }

    private Path source(String name) throws IOException {
        return Files.writeString(directory.resolve(name), "    .globl _start\n_start:\n    addi a0, a0, 1\n");
    }

    private static ByteBuffer header(byte[] elf) {
        assertThat(elf).startsWith(0x7f, 'E', 'L', 'F');
        return ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    }
}
