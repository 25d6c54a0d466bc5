package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.HostTools;
import strata.cpu.testing.Programs;
import strata.cpu.testing.Qemu;

/**
 * The referee for the board programs: each, built by Strata's toolchain, still prints its
 * committed {@code .out} and ends with its status on QEMU ({@code -bios none -kernel}, console
 * on stdio). Skipped where QEMU is not installed.
 */
class BoardProgramsQemuTest {

    @TempDir
    Path directory;

    static Stream<BoardProgram> programs() {
        return BoardProgram.all();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void qemuPrintsTheExpectedOutput(BoardProgram program) throws IOException {
        Qemu.require();
        Path elf = Files.write(directory.resolve(program.name() + ".elf"), ElfWriter.write(Programs.build(program.source())));
        List<String> command = new ArrayList<>(List.of(Qemu.COMMAND));
        command.addAll(program.qemuMachine());
        command.addAll(List.of("-bios", "none", "-nographic", "-monitor", "none", "-kernel", elf.toString()));
        HostTools.Run run = HostTools.run(command, program.input());
        assertThat(run.text()).isEqualTo(new String(program.expectedOutput(), StandardCharsets.UTF_8));
        assertThat(run.status()).as(run.stderr()).isEqualTo(program.status());
    }
}
