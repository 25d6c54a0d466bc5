package strata.assembler.isa;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Field layouts checked on words encoded by GNU as 2.40 (the listing line is beside each case),
 * and each encoder checked to be the inverse of its decoder over its whole range.
 */
class EncodingTest {

    @Test
    void registerFields() {
        int word = 0x68c58543; // fmadd.s fa0,fa1,fa2,fa3,rne
        assertThat(Encoding.rd(word)).isEqualTo(10);
        assertThat(Encoding.rs1(word)).isEqualTo(11);
        assertThat(Encoding.rs2(word)).isEqualTo(12);
        assertThat(Encoding.rs3(word)).isEqualTo(13);
        assertThat(Encoding.funct3(word)).isEqualTo(0);
    }

    @Test
    void opcodeAndFunctionFields() {
        int sub = 0x40c58533; // sub a0,a1,a2
        assertThat(Encoding.opcode(sub)).isEqualTo(0x33);
        assertThat(Encoding.funct7(sub)).isEqualTo(0x20);
        int fmadd = 0x6ac5f543; // fmadd.d fa0,fa1,fa2,fa3
        assertThat(Encoding.opcode(fmadd)).isEqualTo(0x43);
        assertThat(Encoding.funct2(fmadd)).isEqualTo(1);
    }

    @Property
    void opcodeAndFunctionFieldsRoundTrip(@ForAll @IntRange(min = 0, max = 127) int value) {
        assertThat(Encoding.opcode(Encoding.withOpcode(0, value))).isEqualTo(value);
        assertThat(Encoding.funct7(Encoding.withFunct7(0, value))).isEqualTo(value);
        assertThat(Encoding.funct2(Encoding.withFunct2(0, value & 0x3))).isEqualTo(value & 0x3);
        assertThat(Encoding.withOpcode(0, value) & ~0x7f).isZero();
        assertThat(Encoding.withFunct7(0, value) & ~0xfe000000).isZero();
        assertThat(Encoding.withFunct2(0, value & 0x3) & ~0x06000000).isZero();
    }

    @Test
    void iTypeImmediate() {
        assertThat(Encoding.immI(0xfff00693)).isEqualTo(-1);    // li a3,-1
        assertThat(Encoding.immI(0x67858593)).isEqualTo(1656);  // addi a1,a1,1656
        assertThat(Encoding.immI(0x80000013)).isEqualTo(-2048); // addi zero,zero,-2048
    }

    @Test
    void sTypeImmediate() {
        assertThat(Encoding.immS(0xfea11f23)).isEqualTo(-2);    // sh a0,-2(sp)
        assertThat(Encoding.immS(0x7ea12fa3)).isEqualTo(2047);  // sw a0,2047(sp)
    }

    @Test
    void bTypeImmediate() {
        assertThat(Encoding.immB(0x00b50663)).isEqualTo(12);    // beq a0,a1,.+12
        assertThat(Encoding.immB(0xfc0514e3)).isEqualTo(-56);   // bnez a0,.-56
        assertThat(Encoding.immB(0x80000063)).isEqualTo(-4096); // beq zero,zero,.-4096
        assertThat(Encoding.immB(0x7e000fe3)).isEqualTo(4094);  // beq zero,zero,.+4094
    }

    @Test
    void uTypeImmediate() {
        assertThat(Encoding.immU(0x123455b7)).isEqualTo(0x12345000); // lui a1,0x12345
        assertThat(Encoding.immU(0xfffff537)).isEqualTo(0xfffff000); // lui a0,0xfffff
    }

    @Test
    void jTypeImmediate() {
        assertThat(Encoding.immJ(0x0540006f)).isEqualTo(84);       // j .+84
        assertThat(Encoding.immJ(0x048000ef)).isEqualTo(72);       // jal .+72
        assertThat(Encoding.immJ(0x8000006f)).isEqualTo(-1048576); // j .-1048576
        assertThat(Encoding.immJ(0x7ffff06f)).isEqualTo(1048574);  // j .+1048574
    }

    @Test
    void systemFields() {
        int csrwi = 0x3002d073; // csrrwi zero,mstatus,5
        assertThat(Encoding.csr(csrwi)).isEqualTo(0x300);
        assertThat(Encoding.zimm(csrwi)).isEqualTo(5);
        int fence = 0x0310000f; // fence rw,w
        assertThat(Encoding.pred(fence)).isEqualTo(0b0011);
        assertThat(Encoding.succ(fence)).isEqualTo(0b0001);
        assertThat(Encoding.aqrl(0x06b6252f)).isEqualTo(3); // amoadd.w.aqrl a0,a1,(a2)
        assertThat(Encoding.shamt(0x01859513)).isEqualTo(24); // slli a0,a1,0x18
    }

    @Property
    void immIRoundTrips(@ForAll @IntRange(min = -2048, max = 2047) int imm) {
        assertThat(Encoding.immI(Encoding.withImmI(0x13, imm))).isEqualTo(imm);
    }

    @Property
    void immSRoundTrips(@ForAll @IntRange(min = -2048, max = 2047) int imm) {
        assertThat(Encoding.immS(Encoding.withImmS(0x23, imm))).isEqualTo(imm);
    }

    @Property
    void immBRoundTrips(@ForAll @IntRange(min = -2048, max = 2047) int half) {
        int imm = half * 2;
        assertThat(Encoding.immB(Encoding.withImmB(0x63, imm))).isEqualTo(imm);
    }

    @Property
    void immURoundTrips(@ForAll @IntRange(min = 0, max = 0xfffff) int imm20) {
        assertThat(Encoding.immU(Encoding.withImmU(0x37, imm20))).isEqualTo(imm20 << 12);
    }

    @Property
    void immJRoundTrips(@ForAll @IntRange(min = -524288, max = 524287) int half) {
        int imm = half * 2;
        assertThat(Encoding.immJ(Encoding.withImmJ(0x6f, imm))).isEqualTo(imm);
    }

    @Property
    void encodersTouchOnlyTheirField(@ForAll @IntRange(min = -2048, max = 2047) int imm) {
        assertThat(Encoding.withImmI(0, imm) & ~0xfff00000).isZero();
        assertThat(Encoding.withImmS(0, imm) & ~0xfe000f80).isZero();
        assertThat(Encoding.withImmB(0, imm * 2) & ~0xfe000f80).isZero();
        assertThat(Encoding.withImmJ(0, imm * 512) & ~0xfffff000).isZero();
    }

    @Property
    void hiAndLoPartsAddUpToTheValue(@ForAll int value) {
        assertThat((Encoding.hi20(value) << 12) + Encoding.lo12(value)).isEqualTo(value);
        assertThat(Encoding.lo12(value)).isBetween(-2048, 2047);
    }

    @Test
    void hiPartRoundsUpWhenTheLowPartIsNegative() {
        assertThat(Encoding.hi20(0x12345678)).isEqualTo(0x12345); // lui 0x12345; addi 0x678
        assertThat(Encoding.hi20(0x12345878)).isEqualTo(0x12346); // lui 0x12346; addi -0x788
        assertThat(Encoding.lo12(0x12345878)).isEqualTo(-0x788);
        assertThat(Encoding.hi20(0xfffff800L)).isEqualTo(0);     // addi -2048 alone
    }

    @Test
    void ranges() {
        assertThat(Encoding.fitsSigned(2047, 12)).isTrue();
        assertThat(Encoding.fitsSigned(2048, 12)).isFalse();
        assertThat(Encoding.fitsSigned(-2048, 12)).isTrue();
        assertThat(Encoding.fitsSigned(-2049, 12)).isFalse();
        assertThat(Encoding.fitsUnsigned(31, 5)).isTrue();
        assertThat(Encoding.fitsUnsigned(32, 5)).isFalse();
        assertThat(Encoding.fitsUnsigned(-1, 5)).isFalse();
    }
}
