package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.Binutils;
import strata.assembler.elf.ElfWriter;
import strata.assembler.object.ObjectFile;

/**
 * What Strata links runs: the qemu-hello program, linked as an ELF kernel and as a flat firmware
 * image, boots on QEMU's virt board (the machine Strata's emulator copies), prints through the
 * UART and powers off with status 0. Skipped where qemu-system-riscv32 is not installed.
 */
class QemuTest {
    private static final String QEMU = "qemu-system-riscv32";
    private static final Path PROGRAM = LinkCorpus.ROOT.resolve("programs/qemu-hello");
    /** Not a timing assertion: only a bound, so that a program that never powers off fails. */
    private static final long LIMIT_SECONDS = 60;

    @TempDir
    Path directory;

    @Test
    void theElfExecutableBootsAsAKernel() throws Exception {
        Path kernel = Files.write(directory.resolve("hello.elf"), ElfWriter.write(link()));
        assertThat(boot("-bios", "none", "-kernel", kernel.toString())).isEqualTo("linked by Strata, run 1\n");
    }

    @Test
    void theFlatBinaryBootsAsFirmware() throws Exception {
        Path firmware = Files.write(directory.resolve("hello.bin"), FlatBinary.of(link()));
        assertThat(boot("-bios", firmware.toString())).isEqualTo("linked by Strata, run 1\n");
    }

    private static ObjectFile link() {
        LinkResult result = LinkFiles.link(LinkCorpus.objects(PROGRAM), LinkOptions.defaults());
        assertThat(result.diagnostics()).isEmpty();
        return result.executable();
    }

    /** Boots QEMU with {@code options}, waits for the power-off and returns the console output. */
    private String boot(String... options) throws IOException, InterruptedException {
        assumeTrue(Binutils.onPath(QEMU), QEMU + " is not installed");
        List<String> command = new ArrayList<>(List.of(QEMU, "-machine", "virt", "-nographic", "-monitor", "none"));
        command.addAll(List.of(options));
        Path console = directory.resolve("console");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("QEMU did not power off: " + Files.readString(console));
        }
        assertThat(process.exitValue()).as(Files.readString(console)).isZero();
        return Files.readString(console, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
