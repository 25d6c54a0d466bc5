package strata.cpu.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import strata.assembler.disasm.SymbolLookup;
import strata.cpu.TestMachine;

/** The commit log, line by line in Spike's format, its window, and its determinism. */
class CommitLogTest {
    private static final String PROGRAM = """
            .globl _start
            _start:
                auipc t0, 0
                la t1, handler
                csrw mtvec, t1
                la a0, data
                lw a1, 0(a0)
                sb a1, 5(a0)
                sh a1, 6(a0)
                sw a1, 8(a0)
                amoadd.w a2, a1, (a0)
                lr.w a3, (a0)
                sc.w a4, a1, (a0)
                sc.w a4, a1, (a0)
                addi zero, a1, 1
                ecall
                li t0, 0x100000
                sw zero, 0(t0)
            handler:
                csrr t2, mepc
                addi t2, t2, 4
                csrw mepc, t2
                mret
            .data
            data: .word 0x11223344, 0, 0
            """;

    private static List<String> trace(TestMachine m, boolean disassemble, SymbolLookup symbols) {
        StringBuilder out = new StringBuilder();
        CommitLog log = new CommitLog(m.hart, m.bus, out, disassemble, symbols);
        log.run(1000);
        return out.toString().lines().toList();
    }

    @Test
    void eachRetiredInstructionHasALineInSpikesFormat() {
        TestMachine m = TestMachine.of(PROGRAM);
        List<String> lines = trace(m, false, SymbolLookup.NONE);
        int data = m.symbol("data");
        assertThat(lines.get(0)).isEqualTo("core   0: 3 0x80000000 (0x00000297) x5  0x80000000");
        assertThat(lines.get(3)).startsWith("core   0: 3 0x8000000c (0x30531073) c773_mtvec 0x80000");
        assertThat(lines).contains(
                String.format("core   0: 3 0x80000018 (0x00052583) x11 0x11223344 mem 0x%08x", data),
                String.format("core   0: 3 0x8000001c (0x00b502a3) mem 0x%08x 0x44", data + 5),
                String.format("core   0: 3 0x80000020 (0x00b51323) mem 0x%08x 0x3344", data + 6),
                String.format("core   0: 3 0x80000024 (0x00b52423) mem 0x%08x 0x11223344", data + 8),
                String.format("core   0: 3 0x80000028 (0x00b5262f) x12 0x11223344 mem 0x%08x mem 0x%08x 0x22446688",
                        data, data),
                String.format("core   0: 3 0x8000002c (0x100526af) x13 0x22446688 mem 0x%08x", data),
                String.format("core   0: 3 0x80000030 (0x18b5272f) x14 0x00000000 mem 0x%08x 0x11223344", data),
                "core   0: 3 0x80000034 (0x18b5272f) x14 0x00000001",
                "core   0: 3 0x80000038 (0x00158013)",
                "core   0: exception trap_machine_ecall, epc 0x8000003c",
                "core   0: 3 0x80000048 (0x341023f3) x7  0x8000003c",
                "core   0: 3 0x80000050 (0x34139073) c833_mepc 0x80000040",
                "core   0: 3 0x80000054 (0x30200073) c768_mstatus 0x00000080",
                "core   0: 3 0x80000044 (0x0002a023) mem 0x00100000 0x00000000");
        assertThat(lines).noneMatch(line -> line.contains("0x8000003c (")).doesNotContain("tval");
    }

    @Test
    void trapsWithAValueHaveATvalLine() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t1, handler
                    csrw mtvec, t1
                    .word 0
                handler:
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        assertThat(trace(m, false, SymbolLookup.NONE)).containsSubsequence(
                "core   0: exception trap_illegal_instruction, epc 0x8000000c",
                "core   0:           tval 0x00000000",
                "core   0: 3 0x80000010 (0x001002b7) x5  0x00100000");
    }

    @Test
    void interruptsGetAnExceptionLineWithoutTval() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    la t1, handler
                    csrw mtvec, t1
                    li t1, 0x80
                    csrw mie, t1
                    csrsi mstatus, 8
                    nop
                handler:
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        List<String> lines = trace(m, false, SymbolLookup.NONE);
        assertThat(lines).contains("core   0: exception interrupt #7, epc 0x80000018");
        assertThat(lines).noneMatch(line -> line.contains("0x80000018 ("));
    }

    @Test
    void withDisassemblyEachInstructionIsAnnouncedAndSymbolsMarked() {
        TestMachine m = TestMachine.of(PROGRAM);
        int handler = m.symbol("handler");
        List<String> lines = trace(m, true, address -> address == handler ? "handler" : null);
        assertThat(lines.subList(0, 2)).containsExactly(
                "core   0: 0x80000000 (0x00000297) auipc\tt0,0x0",
                "core   0: 3 0x80000000 (0x00000297) x5  0x80000000");
        assertThat(lines).containsSubsequence(
                "core   0: 0x8000003c (0x00000073) ecall",
                "core   0: exception trap_machine_ecall, epc 0x8000003c",
                "core   0: >>>>  handler",
                "core   0: 0x80000048 (0x341023f3) csrr\tt2,mepc");
    }

    @Test
    void theWindowLimitsTheLogAndTheRunGoesOnOutsideIt() {
        TestMachine m = TestMachine.of(PROGRAM);
        StringBuilder out = new StringBuilder();
        CommitLog log = new CommitLog(m.hart, m.bus, out, false, SymbolLookup.NONE);
        log.setWindow(OptionalInt.of(0x80000018), OptionalInt.of(0x80000020));
        log.run(1000);
        assertThat(out.toString().lines()).hasSize(3).allMatch(line -> line.matches(
                "core   0: 3 0x800000(18|1c|20) .*"));
        assertThat(m.exitValue).isZero();
    }

    @Test
    void aWindowOpensEveryTimeTheHartComesBackToItsStart() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li s0, 3
                loop:
                    addi s0, s0, -1
                    nop
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        StringBuilder out = new StringBuilder();
        CommitLog log = new CommitLog(m.hart, m.bus, out, false, SymbolLookup.NONE);
        log.setWindow(OptionalInt.of(m.symbol("loop")), OptionalInt.of(m.symbol("loop")));
        log.run(1000);
        assertThat(out.toString().lines()).hasSize(3).allMatch(line -> line.contains(" x8  0x0000000"));
    }

    @Test
    void twoRunsOfTheSameProgramGiveTheSameTrace() {
        assertThat(trace(TestMachine.of(PROGRAM), true, SymbolLookup.NONE))
                .isEqualTo(trace(TestMachine.of(PROGRAM), true, SymbolLookup.NONE));
    }
}
