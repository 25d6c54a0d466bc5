package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.isa.Csr;
import strata.cpu.TestMachine;

/**
 * The CSR choices that QEMU does not referee (where QEMU 7.2 keeps bits the specification or
 * Strata's ISA rules out), the counters, and access through the debugger's view.
 */
class CsrTest {

    /** Runs {@code body} in M-mode, then stops; returns the machine. */
    private static TestMachine run(String body) {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                """ + body + """
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        return m;
    }

    private static int afterWriting(Csr csr, int value) {
        TestMachine m = run("li a0, " + value + "\ncsrw " + csr.assemblyName() + ", a0\n");
        return m.hart.csr(csr.number());
    }

    @Test
    void writableFieldsOfTheTrapCsrs() {
        assertThat(afterWriting(Csr.MSTATUS, -1)).isEqualTo(Mstatus.WRITABLE).isEqualTo(0x007e19aa);
        assertThat(afterWriting(Csr.MEDELEG, -1)).isEqualTo(0xb3ff);
        assertThat(afterWriting(Csr.MIDELEG, -1)).isEqualTo(0x222);
        assertThat(afterWriting(Csr.MIE, -1)).isEqualTo(0xaaa);
        assertThat(afterWriting(Csr.MIP, -1)).isEqualTo(0x222 | 0x80);
        assertThat(afterWriting(Csr.SSTATUS, -1)).isEqualTo(Mstatus.SSTATUS_WRITABLE);
        assertThat(afterWriting(Csr.MISA, 0)).isEqualTo(Hart.MISA).isEqualTo(0x40141101);
        assertThat(afterWriting(Csr.MENVCFG, -1)).isEqualTo(1);
        assertThat(afterWriting(Csr.SENVCFG, -1)).isEqualTo(1);
        assertThat(afterWriting(Csr.MENVCFGH, -1)).isZero();
        assertThat(afterWriting(Csr.MSTATUSH, -1)).isZero();
        assertThat(afterWriting(Csr.MCOUNTINHIBIT, -1)).isEqualTo(5);
    }

    @Test
    void mppKeepsItsValueWhenTheReservedEncodingIsWritten() {
        TestMachine m = run("""
                li a0, 0x800
                csrw mstatus, a0
                li a0, 0x1000
                csrw mstatus, a0
                """);
        assertThat(m.hart.csr(Csr.MSTATUS.number())).isEqualTo(0x800);
    }

    @Test
    void epcsHoldOnlyFourByteAlignedAddresses() {
        assertThat(afterWriting(Csr.MEPC, -1)).isEqualTo(0xfffffffc);
        assertThat(afterWriting(Csr.SEPC, 0x80000006)).isEqualTo(0x80000004);
    }

    @Test
    void tvecKeepsItsOldValueForAReservedMode() {
        TestMachine m = run("""
                li a0, 0x80000101
                csrw stvec, a0
                li a0, 0x80000202
                csrw stvec, a0
                """);
        assertThat(m.hart.csr(Csr.STVEC.number())).isEqualTo(0x80000101);
    }

    @Test
    void unimplementedAndDebugCsrsAreNotThere() {
        Csrs csrs = TestMachine.empty(4096).hart.csrs();
        for (Csr csr : new Csr[] {Csr.FCSR, Csr.FFLAGS, Csr.FRM, Csr.TSELECT, Csr.DCSR, Csr.MTINST, Csr.MSECCFG,
                Csr.SCONTEXT}) {
            assertThat(csrs.implemented(csr.number())).as(csr.assemblyName()).isFalse();
            assertThat(csrs.execute(csr.number(), Csrs.Operation.SET, 0, false)).isEqualTo(Csrs.ILLEGAL);
        }
        assertThat(csrs.peek(0x800)).isZero();
        assertThat(csrs.implemented(Csr.Family.PMPADDR.number(63))).isTrue();
        assertThat(csrs.implemented(Csr.Family.MHPMCOUNTER.number(31))).isTrue();
    }

    @Test
    void unimplementedPmpEntriesReadZero() {
        TestMachine m = run("""
                li a0, -1
                csrw pmpaddr20, a0
                csrw pmpcfg7, a0
                """);
        assertThat(m.hart.csr(Csr.Family.PMPADDR.number(20))).isZero();
        assertThat(m.hart.csr(Csr.Family.PMPCFG.number(7))).isZero();
    }

    @Test
    void aLockedPmpEntryIgnoresWrites() {
        TestMachine m = run("""
                li a0, 0x12345678
                csrw pmpaddr1, a0
                li a0, 0x8900 | 0x8f0000
                csrw pmpcfg0, a0
                li a0, 0x0
                csrw pmpcfg0, a0
                csrw pmpaddr1, a0
                csrw pmpaddr2, a0
                """);
        assertThat(m.hart.csr(Csr.Family.PMPCFG.number(0))).isEqualTo(0x8f8900);
        assertThat(m.hart.csr(Csr.Family.PMPADDR.number(1))).isEqualTo(0x12345678);
    }

    @Test
    void counterWritesAreWhatTheNextInstructionReads() {
        TestMachine m = run("""
                li a0, 1000
                csrw minstret, a0
                csrr a1, minstret
                csrr a2, minstret
                li a0, -1
                csrw mcycle, a0
                csrw mcycleh, zero
                csrr a3, mcycle
                csrr a4, mcycleh
                csrr a5, cycleh
                """);
        assertThat(m.hart.x(11)).isEqualTo(1000);
        assertThat(m.hart.x(12)).isEqualTo(1001);
        assertThat(m.hart.x(13)).isEqualTo(-1);
        assertThat(m.hart.x(14)).isEqualTo(1);
        assertThat(m.hart.x(15)).isEqualTo(1);
    }

    @Test
    void inhibitedCountersStandStill() {
        TestMachine m = run("""
                csrwi mcountinhibit, 5
                csrr a1, minstret
                nop
                nop
                csrr a2, minstret
                csrr a3, mcycle
                nop
                csrr a4, mcycle
                csrwi mcountinhibit, 0
                csrr a5, minstret
                csrr a6, minstret
                """);
        assertThat(m.hart.x(12)).isEqualTo(m.hart.x(11));
        assertThat(m.hart.x(14)).isEqualTo(m.hart.x(13));
        assertThat(m.hart.x(15)).isEqualTo(m.hart.x(11));
        assertThat(m.hart.x(16)).isEqualTo(m.hart.x(15) + 1);
    }

    @Test
    void instretCountsRetiredInstructionsAndCycleCountsTrapsAndSleepToo() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, handler
                    csrw mtvec, t0
                    ecall
                    csrr a0, minstret
                    csrr a1, mcycle
                    li t0, 0x100000
                    sw zero, 0(t0)
                handler:
                    csrr t0, mepc
                    addi t0, t0, 4
                    csrw mepc, t0
                    mret
                """);
        m.hart.addIdleCycles(100);
        m.runToExit();
        // la (2), csrw, ecall (trapped: does not retire), 4 handler instructions
        assertThat(m.hart.x(10)).isEqualTo(7);
        assertThat(m.hart.x(11)).isEqualTo(100 + 9);
        assertThat(m.hart.instret()).isEqualTo(7 + 2 + 2);
        assertThat(m.hart.cycle()).isEqualTo(100 + 9 + 3);
    }

    @Test
    void timeComesFromTheClock() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    csrr a0, time
                    csrr a1, timeh
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.time = 0x123456789aL;
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(0x3456789a);
        assertThat(m.hart.x(11)).isEqualTo(0x12);
    }

    @Test
    void readingWithoutWritingIsLegalOnReadOnlyCsrsButWritingZeroIsNot() {
        Csrs csrs = TestMachine.empty(4096).hart.csrs();
        assertThat(csrs.execute(Csr.MHARTID.number(), Csrs.Operation.SET, 0, false)).isZero();
        assertThat(csrs.execute(Csr.MHARTID.number(), Csrs.Operation.SET, 0, true)).isEqualTo(Csrs.ILLEGAL);
        assertThat(csrs.execute(Csr.CYCLE.number(), Csrs.Operation.WRITE, 0, true)).isEqualTo(Csrs.ILLEGAL);
    }
}
