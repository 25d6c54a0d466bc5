package strata.cpu.dev.virtio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;

/**
 * The virtio programs on Strata's board do what they did on QEMU, in both layouts: the same
 * console output and, written through to the file, the same image after the run. On the
 * copy-on-write overlay they print the same and the image file is left as it was.
 */
class VirtioProgramsTest {
    private static final long LIMIT = 50_000_000;

    @TempDir
    Path directory;

    @ParameterizedTest
    @MethodSource("strata.cpu.dev.virtio.VirtioProgram#runs")
    void writeThroughLeavesQemusImage(VirtioProgram program, Layout layout) throws IOException, ProgramException {
        Path image = VirtioProgram.writeImage(directory);
        try (DiskImage disk = WriteThroughDisk.open(image)) {
            assertThat(run(program, layout, disk)).isEqualTo(program.expectedOutput(layout));
        }
        assertThat(VirtioProgram.sha256(Files.readAllBytes(image))).isEqualTo(program.expectedImageDigest());
    }

    @ParameterizedTest
    @MethodSource("strata.cpu.dev.virtio.VirtioProgram#runs")
    void theOverlayLeavesTheFileAlone(VirtioProgram program, Layout layout) throws IOException, ProgramException {
        Path image = VirtioProgram.writeImage(directory);
        try (DiskImage disk = OverlayDisk.open(image)) {
            assertThat(run(program, layout, disk)).isEqualTo(program.expectedOutput(layout));
        }
        assertThat(Files.readAllBytes(image)).isEqualTo(VirtioProgram.image());
    }

    private static String run(VirtioProgram program, Layout layout, DiskImage disk) throws ProgramException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine machine = new Machine(Program.read(program.elf()),
                Machine.Config.of(console).withDisk(disk).withVirtio(layout));
        Stop stop = machine.run(LIMIT);
        assertThat(machine.finishConsole()).isNull();
        assertThat(stop).as(stop.describe()).isInstanceOf(Stop.PowerOff.class);
        assertThat(stop.status()).as(console.toString(StandardCharsets.UTF_8)).isZero();
        return console.toString(StandardCharsets.UTF_8);
    }
}
