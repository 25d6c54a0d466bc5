package strata.cpu.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import strata.assembler.elf.ElfWriter;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Registers;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;
import strata.cpu.board.TypedInput;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.testing.Programs;

/** Every control and every stop reason of a debug session, on small programs. */
public class DebugSessionTest {
    /** Generous bound on a stop that should come at once; a stuck session fails instead of hanging. */
    private static final Duration STUCK = Duration.ofSeconds(30);
    private static final int A0 = Registers.x("a0");
    private static final int S0 = Registers.x("s0");

    /** Counts to 3 through a leaf call, stores, loads, traps with ecall, drops to U-mode, ecalls back, powers off. */
    public static final String PROGRAM = """
            .globl _start
            _start:
                la sp, stack_top
                la t0, handler
                csrw mtvec, t0
                li s0, 0
            loop:
                addi s0, s0, 1
            call_site:
                jal ra, leaf
                li t0, 3
                blt s0, t0, loop
                la t1, counter
            store:
                sw s0, 0(t1)
            load:
                lw t2, 0(t1)
            ecall_site:
                ecall
                li t0, 0x1800
                csrc mstatus, t0
                la t0, user
                csrw mepc, t0
                mret
            user:
                ecall
            handler:
                csrr t3, mcause
                li t4, 8
                beq t3, t4, power_off
                csrr t3, mepc
                addi t3, t3, 4
                csrw mepc, t3
                mret
            power_off:
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

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private DebugSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    public static Machine machine(String source, Machine.Config config) throws ProgramException {
        return new Machine(Program.read(ElfWriter.write(Programs.build("test.S", source))), config);
    }

    private DebugSession held(String source) throws ProgramException {
        session = new DebugSession(machine(source, Machine.Config.of(console)));
        session.start(true);
        return session;
    }

    private StopEvent stop() throws InterruptedException {
        StopEvent event = session.awaitStop(STUCK);
        assertThat(event).as("the machine stopped").isNotNull();
        return event;
    }

    private int symbol(String name) {
        return session.resolve(name);
    }

    @Test
    void aHeldSessionWaitsAtTheResetVector() throws ProgramException {
        held(PROGRAM);
        assertThat(session.state()).isEqualTo(DebugSession.State.STOPPED);
        assertThat(session.pc()).isEqualTo(0x1000);
        assertThat(session.lastEvent()).isEqualTo(new StopEvent.Paused(0x1000));
        assertThat(session.privilege()).isEqualTo(Privilege.MACHINE);
    }

    @Test
    void aStepRunsOneInstruction() throws Exception {
        held(PROGRAM);
        session.step();
        assertThat(stop()).isEqualTo(new StopEvent.Done(StopEvent.Control.STEP, 0x1004, null));
        session.step();
        assertThat(stop().pc()).isEqualTo(0x1008);
    }

    @Test
    void aBreakpointStopsBeforeItsInstructionEveryTimeItIsReached() throws Exception {
        held(PROGRAM);
        Breakpoint breakpoint = session.addBreakpoint("call_site");
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.BreakpointHit(breakpoint.number(), symbol("call_site")));
        assertThat(session.register(S0)).isEqualTo(1);
        assertThat(session.register(A0)).as("leaf has not run").isZero();
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.BreakpointHit(breakpoint.number(), symbol("call_site")));
        assertThat(session.register(S0)).isEqualTo(2);
        assertThat(session.remove(breakpoint.number())).isTrue();
        assertThat(session.remove(breakpoint.number())).isFalse();
        session.resume();
        assertThat(stop()).isInstanceOf(StopEvent.MachineStopped.class);
    }

    @Test
    void aStepFromABreakpointRunsItsInstruction() throws Exception {
        held(PROGRAM);
        session.addBreakpoint("loop");
        session.resume();
        assertThat(stop().pc()).isEqualTo(symbol("loop"));
        session.step();
        assertThat(stop().pc()).isEqualTo(symbol("call_site"));
        assertThat(session.register(S0)).isEqualTo(1);
    }

    @Test
    void runToAnAddressOrSymbolStopsThere() throws Exception {
        held(PROGRAM);
        session.runTo("store");
        assertThat(stop()).isEqualTo(new StopEvent.Done(StopEvent.Control.RUN_TO, symbol("store"), null));
        assertThat(session.register(S0)).isEqualTo(3);
        assertThatThrownBy(() -> session.runTo("nowhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepOverRunsACallToItsReturnAddress() throws Exception {
        held(PROGRAM);
        session.runTo("call_site");
        stop();
        session.stepOver();
        assertThat(stop()).isEqualTo(new StopEvent.Done(StopEvent.Control.STEP_OVER, symbol("call_site") + 4, null));
        assertThat(session.register(A0)).as("leaf ran").isEqualTo(1);
        session.stepOver();
        assertThat(stop()).as("not a call: one step").isEqualTo(
                new StopEvent.Done(StopEvent.Control.STEP, symbol("call_site") + 8, null));
    }

    @Test
    void stepOverStopsAtABreakpointInsideTheCall() throws Exception {
        held(PROGRAM);
        session.runTo("call_site");
        stop();
        Breakpoint inside = session.addBreakpoint("leaf");
        session.stepOver();
        assertThat(stop()).isEqualTo(new StopEvent.BreakpointHit(inside.number(), symbol("leaf")));
    }

    @Test
    void finishRunsToTheReturnOfTheCurrentFunction() throws Exception {
        held(PROGRAM);
        session.runTo("leaf");
        stop();
        session.finish();
        assertThat(stop()).isEqualTo(new StopEvent.Done(StopEvent.Control.FINISH, symbol("call_site") + 4, null));
        assertThat(session.register(A0)).isEqualTo(1);
    }

    @Test
    void writeWatchpointsStopAfterTheStoreWithOldAndNewValue() throws Exception {
        held(PROGRAM);
        int counter = symbol("counter");
        Watchpoint watchpoint = session.addWatchpoint(Watchpoint.Kind.WRITE, AddressSpace.VIRTUAL, counter, 4);
        session.resume();
        assertThat(stop()).isEqualTo(
                new StopEvent.WatchpointHit(watchpoint, true, Integer.toUnsignedLong(counter), 4, 0, 3, symbol("load")));
    }

    @Test
    void physicalWatchpointsSeeTheSameStore() throws Exception {
        held(PROGRAM);
        int counter = symbol("counter");
        Watchpoint watchpoint = session.addWatchpoint(Watchpoint.Kind.WRITE, AddressSpace.PHYSICAL, counter + 2, 1);
        session.resume();
        assertThat(stop()).isEqualTo(
                new StopEvent.WatchpointHit(watchpoint, true, Integer.toUnsignedLong(counter), 4, 0, 3, symbol("load")));
    }

    @Test
    void readAndAccessWatchpointsStopAfterTheLoad() throws Exception {
        held(PROGRAM);
        int counter = symbol("counter");
        Watchpoint read = session.addWatchpoint(Watchpoint.Kind.READ, AddressSpace.VIRTUAL, counter, 4);
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.WatchpointHit(read, false, Integer.toUnsignedLong(counter), 4, 3, 3, symbol("ecall_site")));
        session.remove(read.number());

        held(PROGRAM);
        Watchpoint access = session.addWatchpoint(Watchpoint.Kind.ACCESS, AddressSpace.VIRTUAL, counter, 4);
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.WatchpointHit(access, true, Integer.toUnsignedLong(counter), 4, 0, 3, symbol("load")));
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.WatchpointHit(access, false, Integer.toUnsignedLong(counter), 4, 3, 3, symbol("ecall_site")));
    }

    @Test
    void aBreakOnATrapCauseStopsAtTheHandler() throws Exception {
        held(PROGRAM);
        session.breakOnTraps(Set.of(TrapCause.MACHINE_ECALL));
        session.resume();
        StopEvent event = stop();
        assertThat(event).isInstanceOf(StopEvent.TrapTaken.class);
        StopEvent.TrapTaken trap = (StopEvent.TrapTaken) event;
        assertThat(trap.cause()).isEqualTo(TrapCause.MACHINE_ECALL);
        assertThat(trap.trap().epc()).isEqualTo(symbol("ecall_site"));
        assertThat(trap.pc()).isEqualTo(symbol("handler"));
        assertThat(session.csr(Csr.MCAUSE.number())).isEqualTo(11);
        session.breakOnTraps(DebugSession.causes(true));
        session.resume();
        assertThat(stop()).as("no interrupt comes").isInstanceOf(StopEvent.MachineStopped.class);
    }

    /** A timer interrupt 1000 ticks in, taken while the program spins; the handler powers off. */
    private static final String TIMER = """
            .globl _start
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
            spin:
                j spin
                .align 2
            handler:
                li t0, 0x100000
                li t1, 0x5555
                sw t1, 0(t0)
            """;

    @Test
    void aBreakOnAnInterruptStopsAtItsHandlerBeforeItsFirstInstruction() throws Exception {
        held(TIMER);
        session.breakOnTraps(DebugSession.causes(true));
        session.resume();
        StopEvent event = stop();
        assertThat(event).isInstanceOf(StopEvent.TrapTaken.class);
        assertThat(((StopEvent.TrapTaken) event).cause()).isEqualTo(TrapCause.MACHINE_TIMER_INTERRUPT);
        assertThat(((StopEvent.TrapTaken) event).trap().epc()).isEqualTo(symbol("spin"));
        assertThat(event.pc()).isEqualTo(symbol("handler"));
        assertThat(session.snapshot().stats().instructions()).as("the timer lands where it does without a debugger")
                .isEqualTo(10_000);
    }

    @Test
    void aStepWithAnInterruptPendingEntersTheHandler() throws Exception {
        // The timer is pending after 100 instructions but interrupts are off until the debugger sets mstatus.MIE.
        held("""
                .globl _start
                _start:
                    la t0, handler
                    csrw mtvec, t0
                    li t0, 0x2004000
                    li t1, 10
                    sw t1, 0(t0)
                    sw zero, 4(t0)
                    li t0, 1 << 7
                    csrw mie, t0
                    li t2, 200
                count:
                    addi t2, t2, -1
                    bnez t2, count
                spin:
                    j spin
                handler:
                    j handler
                """);
        session.runTo("spin");
        stop();
        assertThat(session.csr(Csr.MIP.number())).as("MTIP").isEqualTo(1 << 7);
        session.setCsr(Csr.MSTATUS.number(), 8);
        session.step();
        StopEvent event = stop();
        assertThat(event.pc()).isEqualTo(symbol("handler"));
        assertThat(((StopEvent.Done) event).trap().cause()).isEqualTo(TrapCause.MACHINE_TIMER_INTERRUPT);
        assertThat(session.csr(Csr.MEPC.number())).isEqualTo(symbol("spin"));
    }

    @Test
    void resumingFromABreakpointWhileSteppingForAWatchpointRunsItsInstruction() throws Exception {
        held(PROGRAM);
        Breakpoint loop = session.addBreakpoint("loop");
        session.addWatchpoint(Watchpoint.Kind.WRITE, AddressSpace.VIRTUAL, symbol("counter"), 4);
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.BreakpointHit(loop.number(), symbol("loop")));
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.BreakpointHit(loop.number(), symbol("loop")));
        assertThat(session.register(S0)).isEqualTo(1);
    }

    @Test
    void finishCountsOnlyTheFrameItStartedIn() throws Exception {
        // f(n) calls itself until n is 0. Finish at the entry of f(2) stops where f(2) returns
        // to f(3), at back; f(1) and f(0) return to back before, with sp lower: those do not count.
        held("""
                .globl _start
                _start:
                    la sp, stack_top
                    li a0, 3
                    jal ra, f
                after:
                    j after
                f:
                    addi sp, sp, -16
                    sw ra, 12(sp)
                    beqz a0, out
                    addi a0, a0, -1
                    jal ra, f
                back:
                out:
                    lw ra, 12(sp)
                    addi sp, sp, 16
                    ret
                .bss
                .space 256
                stack_top:
                """);
        Breakpoint entry = session.addBreakpoint("f");
        session.resume();
        stop();
        session.resume();
        stop();
        assertThat(session.register(A0)).as("the second call").isEqualTo(2);
        int sp = session.register(Registers.x("sp"));
        session.remove(entry.number());
        session.finish();
        assertThat(stop()).isEqualTo(new StopEvent.Done(StopEvent.Control.FINISH, symbol("back"), null));
        assertThat(session.register(Registers.x("sp"))).as("not a deeper call's return").isEqualTo(sp);
    }

    @Test
    void aBreakOnPrivilegeChangesStopsInTheNewMode() throws Exception {
        held(PROGRAM);
        session.breakOnPrivilegeChange(true);
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.PrivilegeChanged(Privilege.MACHINE, Privilege.USER, symbol("user")));
        session.resume();
        assertThat(stop()).isEqualTo(new StopEvent.PrivilegeChanged(Privilege.USER, Privilege.MACHINE, symbol("handler")));
    }

    @Test
    void aStepIntoATrapStopsAtTheHandler() throws Exception {
        held(PROGRAM);
        session.runTo("ecall_site");
        stop();
        session.step();
        StopEvent event = stop();
        assertThat(event.pc()).isEqualTo(symbol("handler"));
        assertThat(((StopEvent.Done) event).trap().cause()).isEqualTo(TrapCause.MACHINE_ECALL);
    }

    @Test
    void powerOffEndsTheRunWithTheGuestsStatusAndStaysOff() throws Exception {
        held(PROGRAM);
        session.resume();
        StopEvent event = stop();
        assertThat(event).isInstanceOf(StopEvent.MachineStopped.class);
        Stop stop = ((StopEvent.MachineStopped) event).stop();
        assertThat(stop).isInstanceOf(Stop.PowerOff.class);
        assertThat(stop.status()).isZero();
        assertThat(session.state()).isEqualTo(DebugSession.State.STOPPED);
        session.resume();
        assertThat(((StopEvent.MachineStopped) stop()).stop()).isEqualTo(stop);
    }

    @Test
    void theInstructionLimitStopsTheRun() throws Exception {
        session = new DebugSession(machine(".globl _start\n_start: j _start\n", Machine.Config.of(console)), 1000,
                () -> { });
        session.start(false);
        assertThat(stop()).isEqualTo(new StopEvent.MachineStopped(new Stop.InstructionLimit(1000), session.pc()));
        session.resume();
        assertThat(((StopEvent.MachineStopped) stop()).stop()).isEqualTo(new Stop.InstructionLimit(1000));
    }

    @Test
    void aHangIsAStop() throws Exception {
        held(".globl _start\n_start: wfi\nj _start\n");
        session.resume();
        StopEvent event = stop();
        assertThat(((StopEvent.MachineStopped) event).stop()).isInstanceOf(Stop.Hang.class);
    }

    @Test
    void pauseStopsATightLoop() throws Exception {
        session = new DebugSession(machine(".globl _start\n_start: j _start\n", Machine.Config.of(console)));
        session.start(false);
        assertThat(session.state()).isEqualTo(DebugSession.State.RUNNING);
        assertThatThrownBy(() -> session.register(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::step).isInstanceOf(IllegalStateException.class);
        session.pause();
        StopEvent event = stop();
        assertThat(event).isInstanceOf(StopEvent.Paused.class);
        assertThat(event.pc()).isEqualTo(0x8000_0000);
        assertThat(session.snapshot().stats().instructions()).isPositive();
    }

    @Test
    void pauseStopsAMachineAsleepWaitingForTyping() throws Exception {
        // The guest polls the UART once, then sleeps with no interrupt enabled: the machine
        // waits for a key, which never comes; the pause wakes that wait.
        TypedInput typed = new TypedInput();
        Machine machine = machine("""
                .globl _start
                _start:
                    li t0, 0x10000000
                    lbu t1, 5(t0)
                sleep:
                    wfi
                    j sleep
                """, Machine.Config.of(console).withInput(typed));
        session = new DebugSession(machine, Long.MAX_VALUE, typed::wake);
        session.start(false);
        session.pause();
        assertThat(stop()).isInstanceOf(StopEvent.Paused.class);
    }

    @Test
    void pauseStopsAMachineSleepingUnderTheHostClock() throws Exception {
        // The timer is 1000 s ahead: the machine sleeps on the host until then, unless woken.
        Machine machine = machine("""
                .globl _start
                _start:
                    li t0, 0x2004000
                    li t1, 0x540be400
                    sw t1, 0(t0)
                    li t1, 2
                    sw t1, 4(t0)
                    li t0, 1 << 7
                    csrw mie, t0
                sleep:
                    wfi
                    j sleep
                """, Machine.Config.of(console).withClock(Machine.ClockMode.HOST));
        session = new DebugSession(machine);
        session.start(false);
        awaitEmulatorWaiting();
        session.pause();
        assertThat(stop()).isInstanceOf(StopEvent.Paused.class);
    }

    /** Waits until the emulator thread sleeps (so a pause must wake it), or fails after a long while. */
    private static void awaitEmulatorWaiting() throws InterruptedException {
        for (int attempt = 0; attempt < 3000; attempt++) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("strata-emulator") && thread.getState() == Thread.State.TIMED_WAITING) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the emulator never went to sleep");
    }

    @Test
    void killEndsTheSession() throws Exception {
        session = new DebugSession(machine(".globl _start\n_start: j _start\n", Machine.Config.of(console)));
        session.start(false);
        session.kill();
        StopEvent event = stop();
        assertThat(((StopEvent.MachineStopped) event).stop()).isEqualTo(new Stop.Quit());
        assertThat(session.awaitEnd(STUCK)).isTrue();
        assertThat(session.state()).isEqualTo(DebugSession.State.ENDED);
        assertThatThrownBy(session::resume).isInstanceOf(IllegalStateException.class);
        assertThat(session.pc()).as("an ended machine can still be read").isNotZero();
    }

    @Test
    void killAHeldSession() throws Exception {
        held(PROGRAM);
        session.kill();
        assertThat(((StopEvent.MachineStopped) stop()).stop()).isEqualTo(new Stop.Quit());
        assertThat(session.awaitEnd(STUCK)).isTrue();
    }

    @Test
    void listenersHearEveryStopOnTheEmulatorThread() throws Exception {
        held(PROGRAM);
        List<String> heard = new ArrayList<>();
        session.addListener(event -> heard.add(Thread.currentThread().getName() + " " + event.describe()));
        session.step();
        stop();
        assertThat(heard).containsExactly("strata-emulator step done at 0x00001004");
    }

    @Test
    void registersMemoryAndCsrsCanBeReadAndWrittenWhileStopped() throws Exception {
        held(PROGRAM);
        session.runTo("store");
        stop();
        int counter = symbol("counter");
        assertThat(session.readMemory(AddressSpace.VIRTUAL, counter, 4)).containsExactly(0, 0, 0, 0);
        assertThat(session.writeMemory(AddressSpace.PHYSICAL, counter, new byte[] {1, 2, 3, 4})).isTrue();
        assertThat(session.readMemory(AddressSpace.VIRTUAL, counter, 4)).containsExactly(1, 2, 3, 4);
        assertThat(session.readMemory(AddressSpace.PHYSICAL, 0x1000_0000, 1)).as("the UART is not read").isNull();
        assertThat(session.writeMemory(AddressSpace.PHYSICAL, 0x1000, new byte[] {1})).as("ROM").isFalse();
        session.setRegister(S0, 7);
        session.setRegister(0, 7);
        assertThat(session.register(S0)).isEqualTo(7);
        assertThat(session.register(0)).isZero();
        assertThat(session.setCsr(Csr.MSCRATCH.number(), 0x1234)).isTrue();
        assertThat(session.csr(Csr.MSCRATCH.number())).isEqualTo(0x1234);
        assertThat(session.setCsr(Csr.MHARTID.number(), 1)).as("read-only").isFalse();
        session.step();
        stop();
        assertThat(session.readMemory(AddressSpace.VIRTUAL, counter, 4)).containsExactly(7, 0, 0, 0);
    }

    @Test
    void writingCodeWhileStoppedChangesWhatRuns() throws Exception {
        held(PROGRAM);
        session.runTo("loop");
        stop();
        // addi s0, s0, 1 becomes addi s0, s0, 5 (imm in bits 31:20).
        int loop = symbol("loop");
        byte[] word = session.readMemory(AddressSpace.VIRTUAL, loop, 4);
        word[2] = (byte) ((word[2] & 0x0f) | 0x50);
        word[3] = 0;
        assertThat(session.writeMemory(AddressSpace.VIRTUAL, loop, word)).isTrue();
        session.step();
        stop();
        assertThat(session.register(S0)).isEqualTo(5);
    }

    @Test
    void theSetPcMovesTheHart() throws Exception {
        held(PROGRAM);
        session.setPc(symbol("leaf"));
        session.step();
        assertThat(stop().pc()).isEqualTo(symbol("leaf") + 4);
        assertThat(session.register(A0)).isEqualTo(1);
    }
}
