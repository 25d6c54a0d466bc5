# Encodings that are not RV32IMA + Zicsr + Zifencei + the privileged instructions raise the
# illegal-instruction exception with mtval = the encoding: 16- and 48-bit parcels (C is off),
# the custom and RV64-only major opcodes, reserved funct3 and funct7 values, shifts by 32 and
# more, misshapen SYSTEM words, and the F, D, V and H instructions. Encodings that QEMU's
# default extensions (Zba, Zbb, Zbc, Zbs, Zicbom) take are left out.
.include "spike.inc"

# TEST_ILLEGAL name, words...: a case in which each word raises an illegal instruction.
.macro TEST_ILLEGAL name:req, words:vararg
    CASE "\name"
    .irp word, \words
    EXPECT_ILLEGAL .word \word
    .endr
.endm

    TEST_ILLEGAL "all zeros and all ones", 0x00000000, 0xffffffff
    TEST_ILLEGAL "16-bit parcels (C is off)", 0x00000001, 0x00000002, 0x00004000, 0x00008082
    TEST_ILLEGAL "parcels longer than 32 bits", 0x0000001f, 0x0000003f, 0x0000007f
    TEST_ILLEGAL "custom opcodes", 0x0000000b, 0x0000002b, 0x0000005b, 0x0000007b
    TEST_ILLEGAL "RV64 and reserved major opcodes", 0x0000001b, 0x0000003b, 0x0000006b, 0x00000057
    TEST_ILLEGAL "loads with funct3 3, 6 and 7 (ld, lwu, reserved)", 0x00003003, 0x00006003, 0x00007003
    TEST_ILLEGAL "stores with funct3 3 to 7", 0x00003023, 0x00004023, 0x00005023, 0x00006023, 0x00007023
    TEST_ILLEGAL "shifts by 32 and more", 0x02009093, 0x0200d093, 0x4200d093, 0x03f09093
    TEST_ILLEGAL "shift immediates with other high bits", 0x40001013, 0x2000d013, 0x8000d013
    TEST_ILLEGAL "register operations with an unknown funct7", 0xfe000033, 0x40001033, 0x04000033, 0x40002033
    TEST_ILLEGAL "branches with funct3 2 and 3", 0x00002063, 0x00003063
    TEST_ILLEGAL "jalr with funct3 other than 0", 0x00001067, 0x00007067
    TEST_ILLEGAL "misc-mem with funct3 3 to 7", 0x0000300f, 0x0000400f, 0x0000a00f
    TEST_ILLEGAL "AMOs: .d forms and unknown funct5", 0x0000302f, 0x3000202f, 0x0800302f
    TEST_ILLEGAL "lr.w with rs2 != x0", 0x1015a52f
    TEST_ILLEGAL "SYSTEM words that are no instruction", 0x00200073, 0x7b200073, 0x00004073, 0x18000073
    TEST_ILLEGAL "ecall, ebreak, mret and wfi with rd != x0 or rs1 != x0", 0x000000f3, 0x00100ef3, 0x30200ff3, 0x10500ff3, 0x00008073
    TEST_ILLEGAL "H and Svinval instructions", 0x22000073, 0x62000073, 0x16000073
    TEST_ILLEGAL "F and D instructions", 0x00002007, 0x00003007, 0x00002027, 0x00000053, 0x00000043, 0x02000053

    TEST_END
