package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * The referee for the virtio programs: on {@code qemu-system-riscv32 -machine virt} with the
 * starting image as a virtio-blk drive (legacy, QEMU's default, or modern with
 * {@code force-legacy=false}), each prints its committed output and leaves the image with the
 * committed digest. Skipped where QEMU is not installed.
 */
class VirtioProgramsQemuTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @MethodSource("strata.cpu.dev.virtio.VirtioProgram#runs")
    void qemuPrintsTheOutputAndLeavesTheImage(VirtioProgram program, Layout layout) throws IOException {
        Qemu.requireSystem();
        Path elf = Files.write(directory.resolve(program.name() + ".elf"), program.elf());
        Path image = VirtioProgram.writeImage(directory);
        List<String> options = new ArrayList<>(List.of("-bios", "none", "-kernel", elf.toString(),
                "-drive", "file=" + image + ",format=raw,if=none,id=hd0", "-device", "virtio-blk-device,drive=hd0"));
        if (layout == Layout.MODERN) {
            options.addAll(List.of("-global", "virtio-mmio.force-legacy=false"));
        }
        Run run = Qemu.boot(options.toArray(String[]::new)).run();
        assertThat(run.stdout()).isEqualTo(program.expectedOutput(layout));
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(VirtioProgram.sha256(Files.readAllBytes(image))).isEqualTo(program.expectedImageDigest());
    }
}
