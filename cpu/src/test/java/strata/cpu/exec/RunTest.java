package strata.cpu.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.isa.Csr;
import strata.cpu.TestMachine;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;

/** The contract of Hart.run: limits, stop requests, breakpoints, reset. */
class RunTest {
    private static final String COUNTER = """
            .globl _start
            _start:
                li a0, 0
            loop:
                addi a0, a0, 1
            here:
                j loop
            """;

    @Test
    void runExecutesExactlyTheLimitWhenNothingStopsIt() {
        TestMachine m = TestMachine.of(COUNTER);
        assertThat(m.hart.run(1001)).isEqualTo(1001);
        assertThat(m.hart.x(10)).isEqualTo(500);
        assertThat(m.hart.run(0)).isZero();
        assertThat(m.hart.instret()).isEqualTo(1001);
    }

    @Test
    void aStopRequestedByADeviceEndsTheRunAfterTheStore() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li t0, 0x100000
                    li t1, 7
                    sw t1, 0(t0)
                    li a0, 1
                """);
        assertThat(m.hart.run(100)).isEqualTo(3);
        assertThat(m.bus.stopReason()).isEqualTo("finisher 7");
        assertThat(m.hart.run(100)).isZero();
        m.bus.clearStop();
        assertThat(m.hart.run(1)).isEqualTo(1);
        assertThat(m.hart.x(10)).isEqualTo(1);
    }

    @Test
    void aBreakpointStopsBeforeTheInstructionAndTheNextRunExecutesIt() {
        TestMachine m = TestMachine.of(COUNTER);
        m.hart.interpreter().setBreakpoints(m.symbol("here"));
        assertThat(m.hart.run(100)).isEqualTo(2);
        assertThat(m.hart.interpreter().stoppedAtBreakpoint()).isTrue();
        assertThat(m.hart.pc()).isEqualTo(m.symbol("here"));
        assertThat(m.hart.run(100)).isEqualTo(2);
        assertThat(m.hart.pc()).isEqualTo(m.symbol("here"));
        assertThat(m.hart.x(10)).isEqualTo(2);
        m.hart.interpreter().setBreakpoints();
        assertThat(m.hart.run(100)).isEqualTo(100);
        assertThat(m.hart.interpreter().stoppedAtBreakpoint()).isFalse();
    }

    @Test
    void aBreakpointIsHitAgainAfterTheDebuggerMovesThePc() {
        TestMachine m = TestMachine.of(COUNTER);
        m.hart.interpreter().setBreakpoints(m.symbol("here"));
        m.hart.run(100);
        m.hart.setPc(m.symbol("loop"));
        assertThat(m.hart.run(100)).isEqualTo(1);
        assertThat(m.hart.pc()).isEqualTo(m.symbol("here"));
    }

    @Test
    void resetReturnsTheHartToMachineModeAtTheGivenPc() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li t0, -1
                    csrw medeleg, t0
                    csrw mtvec, t0
                    csrw pmpaddr0, t0
                    li t0, 0x80000000 + 0x100
                    csrw mepc, t0
                    mret
                """);
        m.hart.run(8);
        assertThat(m.hart.privilege()).isEqualTo(Privilege.USER);
        m.hart.reset(0x80000000);
        assertThat(m.hart.privilege()).isEqualTo(Privilege.MACHINE);
        assertThat(m.hart.pc()).isEqualTo(0x80000000);
        assertThat(m.hart.x(5)).isZero();
        for (Csr csr : new Csr[] {Csr.MEDELEG, Csr.MTVEC, Csr.MEPC, Csr.MSTATUS}) {
            assertThat(m.hart.csr(csr.number())).as(csr.assemblyName()).isZero();
        }
        assertThat(m.hart.csr(Csr.Family.PMPADDR.number(0))).isZero();
    }

    @Test
    void registersAreReadAndWrittenThroughTheApiAndX0StaysZero() {
        TestMachine m = TestMachine.of(COUNTER);
        m.hart.setX(0, 5);
        m.hart.setX(31, 6);
        assertThat(m.hart.x(0)).isZero();
        assertThat(m.hart.x(31)).isEqualTo(6);
        assertThat(m.hart.hartId()).isZero();
    }

    @Test
    void codeRunsFromARomThatEndsInsideItsPageAndFetchingPastItsEndFaults() {
        TestMachine m = TestMachine.empty(8192);
        byte[] rom = new byte[8];
        int addi = 0x00150513;                  // addi a0, a0, 1
        for (int i = 0; i < 8; i++) {
            rom[i] = (byte) (addi >>> (8 * (i % 4)));
        }
        m.bus.addRom(0x1800, rom);
        m.hart.setPc(0x1800);
        assertThat(m.hart.run(3)).isEqualTo(3);
        assertThat(m.hart.x(10)).isEqualTo(2);
        assertThat(m.hart.traps().last()).isEqualTo(
                new Traps.Taken(TrapCause.INSTRUCTION_ACCESS_FAULT, 0x1808, 0x1808));
    }

    @Test
    void aWatcherThatAsksForAStopOnAStoreEndsTheRunAfterIt() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, tohost
                    li t1, 1
                    sw t1, 0(t0)
                    li a0, 1
                .data
                .balign 4096
                tohost: .word 0
                """);
        long tohost = Integer.toUnsignedLong(m.symbol("tohost"));
        m.bus.addWatcher(new strata.cpu.bus.MemoryWatcher() {
            @Override
            public void written(long address, int length) {
                if (address == tohost) {
                    m.bus.requestStop("tohost");
                }
            }
        });
        m.bus.watch(tohost);
        assertThat(m.hart.run(100)).isEqualTo(4);
        assertThat(m.bus.stopReason()).isEqualTo("tohost");
        assertThat(m.hart.x(10)).isZero();
    }
}
