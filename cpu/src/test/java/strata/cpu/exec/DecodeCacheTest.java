package strata.cpu.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.cpu.TestMachine;

/**
 * The decode cache stays coherent with memory: code that rewrites itself, code written by a
 * device or the loader, code in a page that was first written as data through the TLB's fast
 * path (a guest JIT), and fence.i.
 */
class DecodeCacheTest {

    /** {@code addi a0, a0, imm} as a word, from the toolchain's table. */
    private static int addiA0(int imm) {
        return Encoding.withImmI(Encoding.withRs1(Encoding.withRd(Opcode.ADDI.match(), 10), 10), imm);
    }

    @Test
    void anInstructionRewrittenByTheProgramRunsInItsNewForm() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                    li s0, 2
                loop:
                target:
                    addi a0, a0, 1
                    la t0, target
                    lw t1, 0(t0)
                    li t2, 0x00a00000       # add 10 to the immediate
                    add t1, t1, t2
                    sw t1, 0(t0)
                    addi s0, s0, -1
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(1 + 11);
    }

    @Test
    void aStoreThatOverlapsAnInstructionByOneByteIsSeen() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                    li s0, 2
                loop:
                    la t0, target
                    li t1, 0x55             # imm[3:0] = 5, rs1[4:1] kept
                    jal next
                next:
                target:
                    addi a0, a0, 1
                    sb t1, 2(t0)            # bits 23:16 of the word
                    addi s0, s0, -1
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(1 + 5);
    }

    @Test
    void codeWrittenThroughTheBusRunsInItsNewFormOnTheNextRun() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                target:
                    addi a0, a0, 1
                    j target
                """);
        m.hart.run(3);
        assertThat(m.hart.x(10)).isEqualTo(1);
        byte[] word = littleEndian(addiA0(100));
        assertThat(m.bus.writeBytes(Integer.toUnsignedLong(m.symbol("target")), word)).isTrue();
        m.hart.run(2);
        assertThat(m.hart.x(10)).isEqualTo(101);
    }

    @Test
    void aPageWrittenAsDataThenRunAsCodeThenRewrittenRunsTheNewCode() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                    la s1, buffer
                    li t1, %d               # addi a0, a0, 1
                    sw t1, 0(s1)
                    li t1, 0x00008067       # ret
                    sw t1, 4(s1)
                    jalr s1
                    li t1, %d               # addi a0, a0, 100
                    sw t1, 0(s1)
                    jalr s1
                    li t0, 0x100000
                    sw zero, 0(t0)
                .bss
                .balign 4096
                buffer: .space 4096
                """.formatted(addiA0(1), addiA0(100)));
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(101);
    }

    @Test
    void dataBesideCodeInOnePageCanBeWrittenWithoutDisturbingTheCode() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li s0, 100
                    la s1, counter
                loop:
                    lw t0, 0(s1)
                    addi t0, t0, 1
                    sw t0, 0(s1)
                    addi s0, s0, -1
                    bnez s0, loop
                    lw a0, 0(s1)
                    li t0, 0x100000
                    sw zero, 0(t0)
                counter: .word 0
                """);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(100);
    }

    @Test
    void fenceIDropsEverythingAndTheProgramGoesOn() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li a0, 0
                    li s0, 3
                loop:
                    addi a0, a0, 2
                    fence.i
                    addi s0, s0, -1
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        assertThat(m.hart.x(10)).isEqualTo(6);
        assertThat(m.hart.interpreter().decoded()).isGreaterThan(6);
    }

    @Test
    void hotInstructionsAreDecodedOnce() {
        TestMachine m = TestMachine.of("""
                .globl _start
                _start:
                    li s0, 1000
                loop:
                    addi s0, s0, -1
                    bnez s0, loop
                    li t0, 0x100000
                    sw zero, 0(t0)
                """);
        m.runToExit();
        assertThat(m.hart.instret()).isGreaterThan(2000);
        assertThat(m.hart.interpreter().decoded()).isEqualTo(5);
    }

    static byte[] littleEndian(int word) {
        return new byte[] {(byte) word, (byte) (word >> 8), (byte) (word >> 16), (byte) (word >> 24)};
    }
}
