package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.isa.Csr;
import strata.cpu.TestMachine;

/**
 * Exceptions where QEMU 7.2 departs from the specification and Strata follows it: the
 * address-misaligned and access-fault causes of SC and the AMOs are store/AMO ones (QEMU reports
 * loads), and mtval of a misaligned jal or branch is its target (QEMU gives a stale pc).
 */
class ExceptionTest {

    /** Runs {@code body} in M-mode with a handler that records mcause, mtval, mepc in a0..a2, then stops. */
    private static TestMachine trapping(String body) {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t0, handler
                    csrw mtvec, t0
                """ + body + """
                    li a0, -1
                    li t0, 0x100000
                    sw zero, 0(t0)
                handler:
                    csrr a0, mcause
                    csrr a1, mtval
                    csrr a2, mepc
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        return m;
    }

    private static void assertTrap(TestMachine m, TrapCause cause, int tval, String at) {
        assertThat(m.hart.x(10)).as("mcause").isEqualTo(cause.mcause());
        assertThat(m.hart.x(11)).as("mtval").isEqualTo(tval);
        assertThat(m.hart.x(12)).as("mepc").isEqualTo(m.symbol(at));
    }

    @Test
    void misalignedAmosAndScRaiseStoreAddressMisaligned() {
        for (String insn : new String[] {"amoswap.w a3, a3, (t1)", "amoadd.w a3, a3, (t1)", "amomaxu.w a3, a3, (t1)",
            "sc.w a3, a3, (t1)"}) {
            TestMachine m = trapping("li t1, 0x80001002\nat: " + insn + "\n");
            assertTrap(m, TrapCause.STORE_ADDRESS_MISALIGNED, 0x80001002, "at");
        }
    }

    @Test
    void amosOnNothingRaiseStoreAccessFaultsAndLrALoadAccessFault() {
        TestMachine m = trapping("li t1, 0x00800000\nat: amoor.w a3, a3, (t1)\n");
        assertTrap(m, TrapCause.STORE_ACCESS_FAULT, 0x00800000, "at");
        m = trapping("li t1, 0x00800000\nat: lr.w a3, (t1)\n");
        assertTrap(m, TrapCause.LOAD_ACCESS_FAULT, 0x00800000, "at");
    }

    @Test
    void anScWithoutReservationOnNothingFailsQuietly() {
        TestMachine m = trapping("li t1, 0x00800000\nsc.w a0, a3, (t1)\nmv a1, a0\n");
        assertThat(m.hart.x(10)).isEqualTo(-1);
        assertThat(m.hart.x(11)).isEqualTo(1);
    }

    @Test
    void aMisalignedJalOrBranchReportsItsTarget() {
        TestMachine m = trapping("at: .word 0x0060056f\n");
        assertTrap(m, TrapCause.INSTRUCTION_ADDRESS_MISALIGNED, m.symbol("at") + 6, "at");
        m = trapping("at: .word 0x00b58363\n");
        assertTrap(m, TrapCause.INSTRUCTION_ADDRESS_MISALIGNED, m.symbol("at") + 6, "at");
    }

    @Test
    void anIllegalInstructionReportsItsWord() {
        TestMachine m = trapping("at: .word 0xdeadbee3\n");
        assertTrap(m, TrapCause.ILLEGAL_INSTRUCTION, 0xdeadbee3, "at");
        assertThat(m.hart.stats().taken(TrapCause.ILLEGAL_INSTRUCTION)).isEqualTo(1);
        assertThat(m.hart.stats().exceptions()).isEqualTo(1);
    }

    @Test
    void aTrapToAnUnmappedHandlerKeepsFaultingWithoutHangingTheEmulator() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li t0, 0x00800000
                    csrw mtvec, t0
                    ecall
                """);
        assertThat(m.hart.run(1000)).isEqualTo(1000);
        assertThat(m.hart.pc()).isEqualTo(0x00800000);
        assertThat(m.hart.csr(Csr.MCAUSE.number())).isEqualTo(TrapCause.INSTRUCTION_ACCESS_FAULT.mcause());
        assertThat(m.hart.instret()).isEqualTo(2);
    }
}
