package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.Programs;

/**
 * Every board program prints on Strata's machine what it printed on QEMU (its committed
 * {@code .out}) and ends with the same status.
 */
class BoardProgramsTest {
    private static final long LIMIT = 100_000_000;

    static Stream<BoardProgram> programs() {
        return BoardProgram.all();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void strataPrintsWhatQemuPrinted(BoardProgram program) throws ProgramException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine.Config config = Machine.Config.of(console).withRam(program.ramMegabytes() << 20)
                .withInput(new StreamInput(new ByteArrayInputStream(program.input())));
        Machine machine = new Machine(Program.read(ElfWriter.write(Programs.build(program.source()))), config);
        Stop stop = machine.run(LIMIT);
        assertThat(machine.finishConsole()).isNull();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo(new String(program.expectedOutput(), StandardCharsets.UTF_8));
        assertThat(stop).isInstanceOf(Stop.PowerOff.class);
        assertThat(stop.status()).as(stop.describe()).isEqualTo(program.status());
    }
}
