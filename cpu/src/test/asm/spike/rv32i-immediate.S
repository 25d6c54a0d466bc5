# RV32I register-immediate arithmetic and upper immediates: addi, slti, sltiu, xori, ori,
# andi, slli, srli, srai, lui, auipc. The 12-bit immediate is sign-extended everywhere (also
# for sltiu, xori, ori and andi), at both of its ends; shifts by 0 and 31.
.include "spike.inc"

    TEST_RI addi, 0, 0, 0
    TEST_RI addi, 1, 2047, 2048
    TEST_RI addi, 1, -2048, -2047
    TEST_RI addi, 0x7fffffff, 1, 0x80000000
    TEST_RI addi, 0x80000000, -1, 0x7fffffff
    TEST_RI addi, 0xffffffff, 1, 0

    TEST_RI slti, 0, 1, 1
    TEST_RI slti, 1, 1, 0
    TEST_RI slti, 0xffffffff, 0, 1
    TEST_RI slti, 0x80000000, -2048, 1
    TEST_RI slti, 0x7fffffff, 2047, 0
    TEST_RI slti, -2049, -2048, 1

    TEST_RI sltiu, 0, 1, 1
    TEST_RI sltiu, 1, 1, 0
    TEST_RI sltiu, 0xfffffffe, -1, 1
    TEST_RI sltiu, 0xffffffff, -1, 0
    TEST_RI sltiu, 0x7fffffff, -2048, 1
    TEST_RI sltiu, 0xfffff800, -2048, 0
    TEST_RI sltiu, 0x80000000, 2047, 0

    TEST_RI xori, 0x00ff0f00, 0x0f0, 0x00ff0ff0
    TEST_RI xori, 0x00ff0f00, -1, 0xff00f0ff
    TEST_RI xori, 0x12345678, -2048, 0xedcbae78

    TEST_RI ori, 0x00ff0f00, 0x0f0, 0x00ff0ff0
    TEST_RI ori, 0x00ff0f00, -2048, 0xffffff00
    TEST_RI ori, 0, 0, 0

    TEST_RI andi, 0x00ff0ff0, 0x0f0, 0x000000f0
    TEST_RI andi, 0x12345678, -1, 0x12345678
    TEST_RI andi, 0x12345678, -2048, 0x12345000

    TEST_RI slli, 1, 0, 1
    TEST_RI slli, 1, 31, 0x80000000
    TEST_RI slli, 0xffffffff, 31, 0x80000000
    TEST_RI slli, 0x12345678, 12, 0x45678000

    TEST_RI srli, 0x80000000, 0, 0x80000000
    TEST_RI srli, 0x80000000, 31, 1
    TEST_RI srli, 0xffffffff, 31, 1
    TEST_RI srli, 0x87654321, 12, 0x00087654

    TEST_RI srai, 0x80000000, 0, 0x80000000
    TEST_RI srai, 0x80000000, 31, 0xffffffff
    TEST_RI srai, 0x7fffffff, 31, 0
    TEST_RI srai, 0x87654321, 12, 0xfff87654
    TEST_RI srai, 0x47654321, 12, 0x00047654

    CASE "lui puts the immediate in bits 31:12 and zeroes the rest"
    li a0, -1
    lui a0, 0
    CHECK a0, 0
    lui a0, 0xfffff
    CHECK a0, 0xfffff000
    lui a0, 0x80000
    CHECK a0, 0x80000000
    lui a0, 0x12345
    CHECK a0, 0x12345000
    lui x0, 0x12345
    CHECK x0, 0

    CASE "auipc adds the immediate in bits 31:12 to its own address"
    la a1, .Lauipc0
.Lauipc0:
    auipc a0, 0
    CHECK_SAME a0, a1
    la a1, .Lauipc1
.Lauipc1:
    auipc a0, 1
    sub a0, a0, a1
    CHECK a0, 0x1000
    la a1, .Lauipc2
.Lauipc2:
    auipc a0, 0xfffff
    sub a0, a0, a1
    CHECK a0, -0x1000
    la a1, .Lauipc3
.Lauipc3:
    auipc a0, 0x80000
    sub a0, a0, a1
    CHECK a0, 0x80000000

    CASE "auipc wraps around the address space"
    # the program runs at 0x80000000 and up: adding 0x80000000 wraps to the low half
.Lauipc4:
    auipc a0, 0x80000
    la a1, .Lauipc4
    li a2, 0x80000000
    add a1, a1, a2
    CHECK_SAME a0, a1
    li a2, 0x80000000
    bgeu a0, a2, fail

    TEST_ZERO_DEST addi, 1, 0, a1, 5
    TEST_ZERO_DEST slti, 1, 0, a1, 5
    TEST_ZERO_DEST sltiu, 1, 0, a1, 5
    TEST_ZERO_DEST xori, 1, 0, a1, 5
    TEST_ZERO_DEST ori, 1, 0, a1, 5
    TEST_ZERO_DEST andi, 1, 0, a1, 5
    TEST_ZERO_DEST slli, 1, 0, a1, 5
    TEST_ZERO_DEST srli, 64, 0, a1, 5
    TEST_ZERO_DEST srai, -64, 0, a1, 5
    TEST_ZERO_DEST auipc, 0, 0, 1

    TEST_END
