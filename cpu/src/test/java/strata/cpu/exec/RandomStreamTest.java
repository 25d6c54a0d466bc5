package strata.cpu.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import strata.assembler.disasm.SymbolLookup;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Opcode;
import strata.cpu.TestMachine;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Mstatus;
import strata.cpu.trace.CommitLog;

/**
 * Random instruction streams, millions of instructions of them: words drawn from the
 * instruction table with random operands, mixed with arbitrary words, run in M-mode (where
 * they may rewrite any CSR) and in U-mode under a trap handler that skips whatever traps.
 * Nothing may throw, and after every burst the hart's invariants must hold: x0 is zero, pc is
 * four-byte aligned, mstatus holds only legal values, and every step either retired or trapped.
 * The same seed gives the same final state.
 */
class RandomStreamTest {
    private static final long CODE = 0x80010000L;
    private static final int CODE_WORDS = 4096;
    private static final Opcode[] ROWS = Opcode.values();

    /** M-mode: a fresh machine per stream, since the stream may disable its own handler. */
    @Test
    void machineModeStreamsNeverThrowAndKeepTheInvariants() {
        Random random = new Random(1);
        long total = 0;
        for (int stream = 0; stream < 150; stream++) {
            TestMachine m = machine(random, MACHINE_HARNESS);
            total += run(m, 20_000);
        }
        assertThat(total).isGreaterThan(2_000_000);
    }

    /** U-mode: one long stream under an M-mode handler that skips traps and restarts lost streams. */
    @Test
    void userModeStreamsNeverThrowAndKeepTheInvariants() {
        TestMachine m = machine(new Random(2), USER_HARNESS);
        long total = run(m, 2_000_000);
        assertThat(total).isEqualTo(2_000_000);
        assertThat(m.hart.stats().exceptions()).isGreaterThan(10_000);
        assertThat(m.hart.instret()).isGreaterThan(100_000);
    }

    /** The commit log observes the same streams, with disassembly, without throwing. */
    @Test
    void tracingRandomStreamsNeverThrows() {
        for (int stream = 0; stream < 20; stream++) {
            TestMachine m = machine(new Random(100 + stream), stream % 2 == 0 ? USER_HARNESS : MACHINE_HARNESS);
            StringBuilder out = new StringBuilder();
            CommitLog log = new CommitLog(m.hart, m.bus, out, true, SymbolLookup.NONE);
            long total = 0;
            while (total < 10_000) {
                long ran = log.run(10_000 - total);
                total += ran;
                checkInvariants(m.hart);
                m.bus.clearStop();
                if (ran == 0) {
                    m.hart.stopWaiting();
                    m.hart.setPc((int) CODE);
                }
            }
            assertThat(out).isNotEmpty();
        }
    }

    @Test
    void theSameSeedGivesTheSameFinalState() {
        TestMachine first = machine(new Random(3), USER_HARNESS);
        TestMachine second = machine(new Random(3), USER_HARNESS);
        run(first, 200_000);
        run(second, 200_000);
        assertThat(state(second)).isEqualTo(state(first));
    }

    private static final String MACHINE_HARNESS = """
            .globl _start
            _start:
                la t0, handler
                csrw mtvec, t0
                li t0, 0x80010000
                jr t0
            handler:
                csrr t0, mepc
                addi t0, t0, 4
                csrw mepc, t0
                mret
            """;

    private static final String USER_HARNESS = """
            .globl _start
            _start:
                la t0, handler
                csrw mtvec, t0
                li t0, 0x80010000
                csrw mepc, t0
                mret
            handler:
                csrw mscratch, t0
                csrr t0, mcause
                addi t0, t0, -1             # instruction access fault: restart the stream
                beqz t0, restart
                addi t0, t0, -11            # instruction page fault: the same
                beqz t0, restart
                csrr t0, mepc               # anything else: skip the instruction
                addi t0, t0, 4
                csrw mepc, t0
                j resume
            restart:
                li t0, 0x80010000
                csrw mepc, t0
            resume:
                li t0, 0x1800               # back to U-mode
                csrc mstatus, t0
                csrr t0, mscratch
                mret
            """;

    private static TestMachine machine(Random random, String harness) {
        TestMachine m = TestMachine.of(harness);
        byte[] code = new byte[CODE_WORDS * 4];
        for (int i = 0; i < CODE_WORDS; i++) {
            int word = randomWord(random);
            for (int b = 0; b < 4; b++) {
                code[4 * i + b] = (byte) (word >>> (8 * b));
            }
        }
        assertThat(m.bus.writeBytes(CODE, code)).isTrue();
        for (int r = 1; r < 32; r++) {
            int value = random.nextInt(4) == 0 ? random.nextInt() : (int) (TestMachine.RAM_BASE + random.nextInt(1 << 20));
            m.hart.setX(r, value);
        }
        m.hart.setX(5, 0);
        return m;
    }

    /** Three words in four from the table with random operand fields, one a random word. */
    private static int randomWord(Random random) {
        if (random.nextInt(4) == 0) {
            return random.nextInt();
        }
        Opcode row = ROWS[random.nextInt(ROWS.length)];
        return row.match() | (random.nextInt() & ~row.mask());
    }

    /** Runs {@code limit} instructions in bursts, checking the invariants after each. */
    private static long run(TestMachine m, long limit) {
        Random random = new Random(limit);
        long total = 0;
        while (total < limit) {
            long ran = m.hart.run(Math.min(limit - total, 1 + random.nextInt(5000)));
            total += ran;
            checkInvariants(m.hart);
            if (m.bus.stopRequested()) {
                m.bus.clearStop();
            }
            if (m.hart.isWaitingForInterrupt() || ran == 0) {
                m.hart.stopWaiting();
                m.hart.setPc((int) CODE);
            }
        }
        return total;
    }

    private static void checkInvariants(Hart hart) {
        assertThat(hart.x(0)).isZero();
        assertThat(hart.pc() & 3).isZero();
        int mstatus = hart.csr(Csr.MSTATUS.number());
        assertThat(mstatus & ~(Mstatus.WRITABLE | Mstatus.SD)).isZero();
        assertThat(Mstatus.mpp(mstatus)).isNotEqualTo(2);
        assertThat(hart.csr(Csr.MEPC.number()) & 3).isZero();
        assertThat(hart.instret() + hart.stats().exceptions()).isEqualTo(hart.cycle());
    }

    private static String state(TestMachine m) {
        int[] registers = new int[32];
        for (int r = 0; r < 32; r++) {
            registers[r] = m.hart.x(r);
        }
        return Arrays.toString(registers) + " pc=" + m.hart.pc() + " instret=" + m.hart.instret()
                + " mcause=" + m.hart.csr(Csr.MCAUSE.number());
    }
}
