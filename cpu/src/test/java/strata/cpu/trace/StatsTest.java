package strata.cpu.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.cpu.TestMachine;
import strata.cpu.hart.TrapCause;

class StatsTest {

    @Test
    void theReportCountsInstructionsTrapsTlbAndDevices() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t1, handler
                    csrw mtvec, t1
                    ecall
                    ecall
                    lw a0, 0(t1)
                    li t0, 0x100000
                    sw zero, 0(t0)
                handler:
                    csrr t2, mepc
                    addi t2, t2, 4
                    csrw mepc, t2
                    mret
                """);
        m.runToExit();
        Stats stats = Stats.of(m.hart, m.bus, 2_000_000_000L);
        assertThat(stats.instructions()).isEqualTo(m.hart.instret());
        assertThat(stats.traps()).containsExactly(new Stats.Count(TrapCause.MACHINE_ECALL, 2));
        assertThat(stats.mips()).isCloseTo(stats.instructions() / 2e6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stats.tlbLookups()).isGreaterThan(stats.tlbMisses()).isPositive();
        assertThat(stats.report()).contains("exception     2 machine ecall", "finisher at 0x00100000: 0 reads, 1 writes",
                "instruction slots", "% hits");
    }
}
