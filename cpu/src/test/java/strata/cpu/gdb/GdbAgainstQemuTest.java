package strata.cpu.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfWriter;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.Stop;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.StopEvent;
import strata.cpu.testing.Programs;
import strata.testkit.Command;
import strata.testkit.Gdb;
import strata.testkit.Qemu;

/**
 * gdb-multiarch in batch mode against Strata's stub and against {@code qemu-system-riscv32 -s -S}
 * on the same ELF (built by Strata's toolchain): connect at the reset vector, break at a symbol,
 * continue, {@code info registers}, {@code x/4i $pc}, {@code stepi}, a watchpoint hit, detach.
 * gdb must print the same on both, line for line: the program reads no counter or timer, so
 * nothing in it depends on timing, and the boot ROM and device-tree address are QEMU's. Two
 * differences are legitimate and normalised: QEMU 7.2 reports a write watchpoint with the pc of
 * the store that hit it, although the store has completed (gdb shows the new value), where
 * Strata reports the next instruction, as a watchpoint that stops after the access should; and
 * QEMU announces the multiprocess extensions, so gdb calls its inferior "process 1" rather
 * than "Remote target".
 */
class GdbAgainstQemuTest {
    private static final String PROGRAM = """
            .globl _start
            _start:
                la sp, stack_top
                li s0, 0
            loop:
                addi s0, s0, 1
                jal ra, leaf
                li t0, 3
                blt s0, t0, loop
                la t1, counter
                sw s0, 0(t1)
                lw t2, 0(t1)
                li t0, 0x100000
                li t1, 0x5555
                sw t1, 0(t0)
            spin:
                j spin
            leaf:
                addi a0, a0, 1
                ret
            .data
            counter: .word 0
            .bss
            .space 256
            stack_top:
            """;

    private static final List<String> COMMANDS = List.of("break leaf", "continue", "info registers", "x/4i $pc",
            "stepi", "p/x $pc", "p/x $a0", "delete 1", "watch *(int *)&counter", "continue", "p/x $pc", "x/2xw &counter",
            "detach");

    @TempDir
    Path directory;

    private Path elf() throws IOException {
        return Files.write(directory.resolve("gdb.elf"), ElfWriter.write(Programs.build("gdb.S", PROGRAM)));
    }

    /** What gdb prints against Strata's stub; the guest must then run on to its power-off. */
    private String strata(Path elf) throws Exception {
        Machine machine = new Machine(Program.read(Files.readAllBytes(elf)), Machine.Config.of(new ByteArrayOutputStream()));
        try (DebugSession session = new DebugSession(machine); GdbStub stub = new GdbStub(session, 0)) {
            stub.start();
            session.start(true);
            String printed = Gdb.batch(elf, stub.port(), COMMANDS).run().assertSuccess().stdout();
            StopEvent end = stub.awaitExit();
            assertThat(end).isInstanceOf(StopEvent.MachineStopped.class);
            assertThat(((StopEvent.MachineStopped) end).stop()).isInstanceOf(Stop.PowerOff.class);
            return printed;
        }
    }

    private static String qemu(Path elf) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Command qemu = Qemu.boot("-bios", "none", "-kernel", elf.toString(), "-gdb", "tcp:127.0.0.1:" + port, "-S");
        try (Command.Background running = qemu.startInBackground()) {
            return Gdb.batch(elf, port, COMMANDS).limit(Duration.ofSeconds(60)).run().assertSuccess().stdout();
        }
    }

    @Test
    void gdbSeesTheSameMachineOnStrataAndOnQemu() throws Exception {
        Gdb.require();
        Path elf = elf();
        String strata = strata(elf);
        assertThat(strata).contains("Breakpoint 1, ", " in leaf ()", "=> 0x8000", "Old value = 0", "New value = 3",
                "[Inferior 1 (Remote target) detached]");
        Qemu.requireSystem();
        assertThat(strata).isEqualTo(normalised(qemu(elf), PROGRAM_STORE));
    }

    /** The address of the watched store (sw s0, 0(t1)) in the ELF built from PROGRAM. */
    private static final int PROGRAM_STORE = 0x8000_0028;

    private static String normalised(String qemu, int store) {
        String at = String.format("0x%08x", store);
        String next = String.format("0x%08x", store + 4);
        return qemu.replace(at + " in loop ()", next + " in loop ()").replace("$3 = " + at, "$3 = " + next)
                .replace("[Inferior 1 (process 1) detached]", "[Inferior 1 (Remote target) detached]");
    }
}
