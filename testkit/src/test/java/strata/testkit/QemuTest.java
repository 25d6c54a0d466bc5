package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both QEMUs on a small program built with binutils (the test kit depends on nothing of
 * Strata's): {@code qemu/boot.S} boots the virt board and powers it off with the status it was
 * built for; {@code qemu/echo.S} echoes its input under Linux user mode.
 */
class QemuTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/qemu");

    @TempDir
    Path directory;

    @Test
    void commandLines() {
        assertThat(Qemu.boot("-bios", "none").line()).containsExactly("qemu-system-riscv32",
                "-machine", "virt", "-nographic", "-monitor", "none", "-bios", "none");
        assertThat(Qemu.user(Path.of("echo"), "a", "b").line()).containsExactly("qemu-riscv32", "echo", "a", "b");
    }

    @Test
    void aKernelThatPassesPowersOffWithStatusZeroAfterItsConsoleOutput() throws IOException {
        Qemu.requireSystem();
        Run run = Qemu.boot("-bios", "none", "-kernel", kernel("0x5555").toString()).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("booted\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aKernelThatFailsGivesItsStatus() throws IOException {
        Qemu.requireSystem();
        Run run = Qemu.boot("-bios", "none", "-kernel", kernel("0x33333").toString()).run();
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.stdout()).isEqualTo("booted\n");
    }

    @Test
    void aLinuxProgramReadsItsInputAndGivesItsExitStatus() throws IOException {
        Qemu.requireUser();
        Path program = build("echo.S", List.of(), List.of());
        Run run = Qemu.user(program).input("hello, qemu\n".getBytes(StandardCharsets.UTF_8)).run();
        assertThat(run.status()).isEqualTo(7);
        assertThat(run.stdout()).isEqualTo("hello, qemu\n");
    }

    private Path kernel(String finish) throws IOException {
        return build("boot.S", List.of("--defsym", "FINISH=" + finish), List.of("-Ttext=0x80000000"));
    }

    /** {@code name} assembled with the extra options and linked alone with {@code ldOptions}. */
    private Path build(String name, List<String> asOptions, List<String> ldOptions) throws IOException {
        Binutils.require(Binutils.Tool.AS, Binutils.Tool.LD);
        Path source = Files.copy(PROGRAMS.resolve(name), directory.resolve(name));
        Binutils.assemble(source, directory.resolve("program.o"), Binutils.asOptions(asOptions.toArray(String[]::new)))
                .assertQuiet();
        Path program = directory.resolve("program.elf");
        List<String> arguments = new ArrayList<>(ldOptions);
        arguments.add("program.o");
        Binutils.link(directory, program, arguments).assertQuiet();
        return program;
    }
}
