package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Csr;
import strata.cpu.TestMachine;

/**
 * Interrupts driven through {@link Hart#interruptLine}: priorities as the specification orders
 * them (QEMU 7.2 takes the lowest cause first, so it cannot referee this), delegation, and WFI.
 */
class InterruptTest {
    private static final int MSIP = 3;
    private static final int MTIP = 7;
    private static final int SEIP = 9;
    private static final int MEIP = 11;

    /**
     * A program that sets the software-writable mip bits {@code softBits}, enables every
     * interrupt in mie with mideleg = {@code mideleg}, switches to {@code mode} with interrupts
     * enabled (MIE, SIE), and spins at {@code spin}; the M and S handlers spin too.
     */
    private static TestMachine spinning(int softBits, int mideleg, int mode) {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, mhandler
                    csrw mtvec, t0
                    la t0, shandler
                    csrw stvec, t0
                    li t0, %d
                    csrw mideleg, t0
                    li t0, 0xaaa
                    csrw mie, t0
                    li t0, %d
                    csrs mip, t0
                    li t0, 0x1800
                    csrc mstatus, t0
                    li t0, %d << 11 | 0xa2
                    csrs mstatus, t0
                    la t0, spin
                    csrw mepc, t0
                    mret
                spin:
                    j spin
                mhandler:
                    j mhandler
                shandler:
                    j shandler
                """.formatted(mideleg, softBits, mode));
        m.hart.interruptLine(MTIP).set(false);
        return m;
    }

    /** Raises {@code lines}, runs the program until it reaches a handler; returns the interrupt it took. */
    private static TrapCause firstTaken(int softBits, int mideleg, int mode, int... lines) {
        TestMachine m = spinning(softBits, mideleg, mode);
        for (int line : lines) {
            m.hart.interruptLine(line).set(true);
        }
        for (int i = 0; i < 100 && m.hart.pc() != m.symbol("mhandler") && m.hart.pc() != m.symbol("shandler"); i++) {
            m.hart.run(1);
        }
        boolean toS = m.hart.privilege() == Privilege.SUPERVISOR;
        int cause = m.hart.csr((toS ? Csr.SCAUSE : Csr.MCAUSE).number());
        assertThat(cause).as("an interrupt was taken").isNegative();
        return TrapCause.interrupt(cause & 0xff);
    }

    record Pair(TrapCause higher, TrapCause lower) {
    }

    static List<Pair> pairs() {
        TrapCause[] order = {
            TrapCause.MACHINE_EXTERNAL_INTERRUPT, TrapCause.MACHINE_SOFTWARE_INTERRUPT,
            TrapCause.MACHINE_TIMER_INTERRUPT, TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT,
            TrapCause.SUPERVISOR_SOFTWARE_INTERRUPT, TrapCause.SUPERVISOR_TIMER_INTERRUPT,
        };
        List<Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                pairs.add(new Pair(order[i], order[j]));
            }
        }
        return pairs;
    }

    /** Raises {@code cause} as a line where a device drives it, else as a software bit. */
    private static TrapCause taken(List<TrapCause> causes, int mideleg, int mode) {
        int soft = 0;
        List<Integer> lines = new java.util.ArrayList<>();
        for (TrapCause cause : causes) {
            int code = cause.code();
            if (code == MSIP || code == MTIP || code == MEIP || code == SEIP) {
                lines.add(code);
            } else {
                soft |= cause.bit();
            }
        }
        return firstTaken(soft, mideleg, mode, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theSpecificationsPriorityDecidesBetweenTwoInM(Pair pair) {
        assertThat(taken(List.of(pair.lower(), pair.higher()), 0, 3)).isEqualTo(pair.higher());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theSpecificationsPriorityDecidesBetweenTwoInU(Pair pair) {
        assertThat(taken(List.of(pair.lower(), pair.higher()), 0, 0)).isEqualTo(pair.higher());
    }

    @Test
    void delegatedInterruptsComeAfterMachineOnesWhateverTheirCause() {
        assertThat(taken(List.of(TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT, TrapCause.MACHINE_TIMER_INTERRUPT),
                0x222, 1)).isEqualTo(TrapCause.MACHINE_TIMER_INTERRUPT);
        assertThat(taken(List.of(TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT, TrapCause.SUPERVISOR_SOFTWARE_INTERRUPT,
                TrapCause.SUPERVISOR_TIMER_INTERRUPT), 0x222, 0)).isEqualTo(TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT);
    }

    @Test
    void aDelegatedInterruptGoesToSupervisorMode() {
        TestMachine m = spinning(0, 0x222, 0);
        while (m.hart.pc() != m.symbol("spin")) {
            m.hart.run(1);
        }
        m.hart.interruptLine(SEIP).set(true);
        m.hart.run(1);
        m.hart.run(1);
        assertThat(m.hart.privilege()).isEqualTo(Privilege.SUPERVISOR);
        assertThat(m.hart.pc()).isEqualTo(m.symbol("shandler"));
        assertThat(m.hart.csr(Csr.SCAUSE.number())).isEqualTo(0x80000009);
        assertThat(m.hart.csr(Csr.SEPC.number())).isEqualTo(m.symbol("spin"));
        assertThat(m.hart.stats().taken(TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT)).isEqualTo(1);
        assertThat(m.hart.stats().interrupts()).isEqualTo(1);
    }

    @Test
    void theExternalSeipIsOredWithTheSoftwareBit() {
        TestMachine m = TestMachine.empty(4096);
        m.hart.interruptLine(SEIP).set(true);
        assertThat(m.hart.mip() & 0x200).isEqualTo(0x200);
        m.hart.interruptLine(SEIP).set(false);
        assertThat(m.hart.mip() & 0x200).isZero();
    }

    @Test
    void csrsAndCsrcOnMipModifyOnlyTheSeipSoftwareWrote() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    csrsi mip, 2
                    csrci mip, 2
                    csrr a0, mip
                """);
        m.hart.interruptLine(SEIP).set(true);
        m.hart.run(3);
        assertThat(m.hart.x(10) & 0x202).as("what csrr reads: the line").isEqualTo(0x200);
        m.hart.interruptLine(SEIP).set(false);
        assertThat(m.hart.mip() & 0x200).as("SEIP once the line falls: never latched").isZero();
    }

    @Test
    void onlyTheLinesADeviceDrivesExist() {
        Hart hart = TestMachine.empty(4096).hart;
        assertThatThrownBy(() -> hart.interruptLine(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hart.interruptLine(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TestMachine waiting(String beforeWfi) {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, handler
                    csrw mtvec, t0
                """ + beforeWfi + """
                    wfi
                after:
                    li a0, 1
                    li t0, 0x100000
                    sw zero, 0(t0)
                handler:
                    li a1, 2
                    csrr a2, mepc
                    csrr a3, mcause
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.hart.interruptLine(MTIP).set(false);
        return m;
    }

    @Test
    void wfiWithNothingPendingWaitsAndRunReturns() {
        TestMachine m = waiting("li t0, 0x80\ncsrw mie, t0\n");
        long ran = m.hart.run(1000);
        assertThat(ran).isEqualTo(6);
        assertThat(m.hart.isWaitingForInterrupt()).isTrue();
        assertThat(m.hart.pc()).isEqualTo(m.symbol("after"));
        assertThat(m.hart.run(1000)).isZero();
        m.hart.interruptLine(MTIP).set(true);
        assertThat(m.hart.isWaitingForInterrupt()).isFalse();
        m.runToExit();
        assertThat(m.hart.x(10)).as("resumed after wfi, no trap with MIE clear").isEqualTo(1);
    }

    @Test
    void anEnabledInterruptEndsTheWaitWithATrapAfterTheWfi() {
        TestMachine m = waiting("li t0, 0x80\ncsrw mie, t0\ncsrsi mstatus, 8\n");
        m.hart.run(1000);
        assertThat(m.hart.isWaitingForInterrupt()).isTrue();
        m.hart.interruptLine(MTIP).set(true);
        m.runToExit();
        assertThat(m.hart.x(11)).isEqualTo(2);
        assertThat(m.hart.x(12)).isEqualTo(m.symbol("after"));
        assertThat(m.hart.x(13)).isEqualTo(0x80000007);
    }

    @Test
    void anInterruptNotEnabledInMieDoesNotWake() {
        TestMachine m = waiting("");
        m.hart.run(1000);
        m.hart.interruptLine(MTIP).set(true);
        m.hart.interruptLine(MEIP).set(true);
        assertThat(m.hart.isWaitingForInterrupt()).isTrue();
        assertThat(m.hart.run(1000)).isZero();
    }

    @Test
    void wfiWithAnInterruptAlreadyPendingDoesNotWait() {
        TestMachine m = waiting("li t0, 0x800\ncsrw mie, t0\n");
        m.hart.interruptLine(MEIP).set(true);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(1);
        assertThat(m.hart.isWaitingForInterrupt()).isFalse();
    }
}
