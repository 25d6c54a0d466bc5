package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfWriter;
import strata.assembler.object.ObjectFile;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * What Strata links runs: the qemu-hello program, linked as an ELF kernel and as a flat firmware
 * image, boots on QEMU's virt board (the machine Strata's emulator copies), prints through the
 * UART and powers off with status 0. Skipped where qemu-system-riscv32 is not installed.
 */
class QemuTest {
    private static final Path PROGRAM = LinkCorpus.ROOT.resolve("programs/qemu-hello");

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

    /**
     * Boots QEMU with {@code options}, waits for the power-off and returns the console output. A
     * program that never powers off fails when the run reaches the test kit's time limit.
     */
    private static String boot(String... options) {
        Qemu.requireSystem();
        Run run = Qemu.boot(options).run();
        assertThat(run.status()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        return run.stdout().replace("\r\n", "\n");
    }
}
