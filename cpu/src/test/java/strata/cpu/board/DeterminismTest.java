package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import strata.assembler.elf.ElfWriter;
import strata.cpu.testing.Programs;

/**
 * Under the virtual clock, the same program with the same input is the same run: two runs end
 * in the same state (console, cycle and instruction counts, registers, all of RAM), with timer
 * interrupts, the RTC alarm and interrupt-driven console input in play.
 */
class DeterminismTest {
    /** Small, so that comparing all of it is quick. */
    private static final int RAM = 16 << 20;

    @Test
    void twoRunsOfEachBoardProgramEndInTheSameState() throws ProgramException {
        for (BoardProgram program : BoardProgram.all().toList()) {
            assertThat(run(program)).as(program.name()).isEqualTo(run(program));
        }
    }

    /** Everything a run leaves behind that a second run could differ in. */
    private static List<Object> run(BoardProgram program) throws ProgramException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine.Config config = Machine.Config.of(console).withRam(RAM)
                .withInput(new StreamInput(new ByteArrayInputStream(program.input())));
        Machine machine = new Machine(Program.read(ElfWriter.write(Programs.build(program.source()))), config);
        Stop stop = machine.run(100_000_000);
        int[] registers = new int[32];
        for (int i = 0; i < 32; i++) {
            registers[i] = machine.hart().x(i);
        }
        CRC32 ram = new CRC32();
        ram.update(machine.bus().ram().bytes());
        return List.of(stop, console.toString(), machine.hart().cycle(), machine.hart().instret(), machine.hart().pc(),
                Arrays.toString(registers), ram.getValue(), machine.mtime());
    }
}
