package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import strata.assembler.elf.ElfWriter;
import strata.assembler.isa.Csr;
import strata.cpu.testing.Programs;

/** The run loop: time, sleeping, stopping, console input. */
class MachineTest {
    /** Boot ROM instructions before the program's first. */
    private static final long BOOT = 6;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void theHartStartsInTheBootRomWithTheDeviceTreeInA1() throws ProgramException {
        Machine machine = machine("_start: j _start\n", Machine.Config.of(console));
        assertThat(machine.hart().pc()).isEqualTo(0x1000);
        machine.run(BOOT);
        assertThat(machine.hart().pc()).isEqualTo(0x8000_0000);
        assertThat(machine.hart().x(10)).as("a0: the hart id").isZero();
        assertThat(Integer.toUnsignedLong(machine.hart().x(11))).isEqualTo(machine.deviceTreeAddress())
                .isEqualTo(0x87e0_0000L);
        assertThat(machine.bus().readBytes(machine.deviceTreeAddress(), 4)).containsExactly(0xd0, 0x0d, 0xfe, 0xed);
    }

    @Test
    void anEndlessLoopStopsAtTheInstructionLimit() throws ProgramException {
        Machine machine = machine("_start: j _start\n", Machine.Config.of(console));
        Stop stop = machine.run(1000);
        assertThat(stop).isEqualTo(new Stop.InstructionLimit(1000));
        assertThat(stop.status()).isEqualTo(124);
        assertThat(machine.hart().instret()).isEqualTo(1000);
    }

    @Test
    void aTimerInterruptLandsOnTheInstructionWhereMtimeReachesMtimecmp() throws ProgramException {
        // mtimecmp = 1000 ticks = cycle 10,000 at 10 cycles a tick: the handler's first
        // instruction is the 10,001st executed.
        Machine machine = machine("""
                _start:
                    la t0, handler
                    csrw mtvec, t0
                    li t0, 0x2004000
                    li t1, 1000
                    sw t1, 0(t0)
                    sw zero, 4(t0)
                    li t0, 1 << 7
                    csrw mie, t0
                    csrsi mstatus, 8
                spin: j spin
                    .align 2
                handler:
                    csrr a0, mcycle
                    li t0, 0x100000
                    li t1, 0x5555
                    sw t1, 0(t0)
                """, Machine.Config.of(console));
        Stop stop = machine.run(1_000_000);
        assertThat(stop.status()).isZero();
        assertThat(machine.hart().x(10)).isEqualTo(10_000);
    }

    @Test
    void aSleepingHartSkipsToItsTimerWithoutRunningTheTimeAway() throws ProgramException {
        // Ten seconds of sleep: a billion cycles that are never executed.
        Machine machine = machine("""
                _start:
                    li t0, 0x2004000
                    li t1, 100000000
                    sw t1, 0(t0)
                    sw zero, 4(t0)
                    li t0, 1 << 7
                    csrw mie, t0
                    wfi
                    li t0, 0x100000
                    li t1, 0x5555
                    sw t1, 0(t0)
                """, Machine.Config.of(console));
        assertThat(machine.run(1000).status()).isZero();
        assertThat(machine.hart().instret()).isLessThan(30);
        assertThat(machine.mtime()).isEqualTo(100_000_000);
        assertThat(machine.hart().csr(Csr.MCYCLE.number())).as("woken at cycle 10^9, then four instructions")
                .isEqualTo(1_000_000_000 + 4);
    }

    @Test
    void aHartSleepingWithNothingToWakeItHangs() throws ProgramException {
        Machine machine = machine("""
                _start:
                    csrw mie, zero
                    wfi
                    j _start
                """, Machine.Config.of(console));
        Stop stop = machine.run(1000);
        assertThat(stop).isEqualTo(new Stop.Hang(0x8000_0008));
        assertThat(stop.status()).isEqualTo(125);
    }

    @Test
    void aSleepingGuestListeningToTheUartGetsTheInputThenHangsWhenItEnds() throws ProgramException {
        Machine machine = machine("""
                _start:
                    li s0, 0x10000000
                    li t0, 1
                    sb t0, 1(s0)            # IER: receive interrupt
                    li t0, 0x0c000000 + 4 * 10
                    li t1, 1
                    sw t1, 0(t0)
                    li t0, 0x0c002000
                    li t1, 1 << 10
                    sw t1, 0(t0)
                    li t0, 1 << 11
                    csrw mie, t0            # MEIE, but mstatus.MIE stays off: WFI wakes, no trap
                loop:
                    wfi
                    lbu t0, 5(s0)
                    andi t0, t0, 1
                    beqz t0, loop
                    lbu t0, 0(s0)
                    addi t0, t0, 1
                    sb t0, 0(s0)
                    li t0, 0x0c200004       # claim and complete: the PLIC keeps the source pending till then
                    lw t1, 0(t0)
                    sw t1, 0(t0)
                    j loop
                """, Machine.Config.of(console).withInput(new StreamInput(
                        new java.io.ByteArrayInputStream("HAL".getBytes(StandardCharsets.US_ASCII)))));
        Stop stop = machine.run(1_000_000);
        assertThat(console.toString(StandardCharsets.US_ASCII)).isEqualTo("IBM");
        assertThat(stop).isInstanceOf(Stop.Hang.class);
    }

    @Test
    void typedInputIsNotWaitedForWhileTheGuestRuns() throws ProgramException {
        TypedInput typed = new TypedInput();
        Machine machine = machine("""
                _start:
                    li s0, 0x10000000
                loop:
                    lbu t0, 5(s0)
                    andi t0, t0, 1
                    beqz t0, loop
                    lbu t0, 0(s0)
                    sb t0, 0(s0)
                    j loop
                """, Machine.Config.of(console).withInput(typed));
        machine.run(500_000);
        typed.type('k');
        machine.run(500_000);
        assertThat(console.toString(StandardCharsets.US_ASCII)).isEqualTo("k");
    }

    @Test
    void quitStopsTheMachineFromAnotherThread() throws Exception {
        Machine machine = machine("_start: j _start\n", Machine.Config.of(console));
        Thread quitter = new Thread(machine::requestQuit);
        quitter.start();
        quitter.join();
        assertThat(machine.run(Long.MAX_VALUE)).isEqualTo(new Stop.Quit());
    }

    @Test
    void aPoweredOffMachineStaysOff() throws ProgramException {
        Machine machine = machine("""
                _start:
                    li t0, 0x100000
                    li t1, 0x3333 | (3 << 16)
                    sw t1, 0(t0)
                    j _start
                """, Machine.Config.of(console));
        Stop first = machine.run(1000);
        assertThat(first).isEqualTo(new Stop.PowerOff("test", false, 3));
        long executed = machine.hart().instret();
        assertThat(machine.run(1000)).isEqualTo(first);
        assertThat(machine.hart().instret()).isEqualTo(executed);
    }

    @Test
    void theHostClockRunsTheSameTimerProgram() throws ProgramException {
        Machine machine = machine("""
                _start:
                    li t0, 0x200bff8
                    lw t1, 0(t0)
                    li t2, 20000            # 2 ms from now
                    add t1, t1, t2
                    li t0, 0x2004000
                    sw t1, 0(t0)
                    sw zero, 4(t0)
                    li t0, 1 << 7
                    csrw mie, t0
                    wfi
                    li t0, 0x200bff8
                    lw a0, 0(t0)
                    li t0, 0x100000
                    li t1, 0x5555
                    sw t1, 0(t0)
                """, Machine.Config.of(console).withClock(Machine.ClockMode.HOST));
        assertThat(machine.run(1_000_000).status()).isZero();
        assertThat(machine.hart().x(10)).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void anInitrdThatRunsIntoTheDeviceTreeIsRefused() {
        // With 128 MiB the initrd starts 64 MiB past the kernel and the device tree 2 MiB below the top.
        Machine.Config config = Machine.Config.of(new ByteArrayOutputStream()).withInitrd(new byte[63 << 20]);
        assertThatThrownBy(() -> machine(".globl _start\n_start: j _start\n", config))
                .isInstanceOf(ProgramException.class)
                .hasMessage("the initrd (66,060,288 bytes at 0x84000000) runs into the device tree at 0x87e00000: "
                        + "give the machine more RAM");
    }

    private static Machine machine(String source, Machine.Config config) throws ProgramException {
        String text = source.contains(".globl _start") ? source : ".globl _start\n" + source;
        return new Machine(Program.read(ElfWriter.write(Programs.build("test.S", text))), config);
    }
}
