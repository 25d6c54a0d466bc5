package strata.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.isa.Registers;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.Stop;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;
import strata.os.abi.Syscall;

/**
 * The benchmark "reset to the shell's prompt" of docs/performance.md: the default image booted as
 * {@code strata boot} boots it, counted in instructions retired from the boot ROM's first
 * instruction to the shell's first {@code read} of its standard input, the moment it waits at its
 * prompt for a line. A figure for the docs, not a timing: Strata's counters are deterministic, so
 * the test checks that two boots count the same and prints the figure.
 */
class BootCostTest {
    private static final int A0 = Registers.x("a0");
    private static final int A7 = Registers.x("a7");
    private static final long LIMIT = 200_000_000L;

    @TempDir
    Path directory;

    @Test
    void resetToTheShellPromptCountsTheSameOnEveryBoot() throws Exception {
        SystemImage system = SystemImage.in(directory);
        long first = instructionsToPrompt(system);
        long second = instructionsToPrompt(system);
        System.out.printf("reset to the shell's prompt: %,d instructions%n", first);
        assertThat(second).isEqualTo(first);
        assertThat(first).isBetween(100_000L, LIMIT);
    }

    /** Boots {@code system} until a user program first reads fd 0, and returns the instructions retired then. */
    private static long instructionsToPrompt(SystemImage system) throws Exception {
        try (OverlayDisk disk = OverlayDisk.open(system.image())) {
            Program kernel = Program.read(Files.readAllBytes(system.kernel()));
            Machine machine = new Machine(kernel, Machine.Config.of(OutputStream.nullOutputStream()).withDisk(disk));
            FirstStdinRead watch = new FirstStdinRead(machine);
            machine.hart().traps().observe(watch);
            Stop stop = machine.run(LIMIT);
            assertThat(watch.retired).as("the shell read its input before %s", stop).isPositive();
            return watch.retired;
        }
    }

    private static final class FirstStdinRead implements Traps.Observer {
        private final Machine machine;
        private final Hart hart;
        private long retired;

        FirstStdinRead(Machine machine) {
            this.machine = machine;
            this.hart = machine.hart();
        }

        @Override
        public void trapped(TrapCause cause, int epc, Privilege privilege) {
            if (retired == 0 && cause == TrapCause.USER_ECALL
                    && hart.x(A7) == Syscall.READ.number() && hart.x(A0) == 0) {
                retired = hart.instret();
                machine.requestQuit();
            }
        }

        @Override
        public void returned(Privilege privilege, int pc) {
        }
    }
}
