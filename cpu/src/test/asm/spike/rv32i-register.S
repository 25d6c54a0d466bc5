# RV32I register-register arithmetic: add, sub, sll, slt, sltu, xor, srl, sra, or, and.
# Wrap-around at the 32-bit edges, shift amounts from the low 5 bits of rs2 only, signed and
# unsigned comparison at the sign boundary, x0 as a source and as a destination.
.include "spike.inc"

    TEST_RR add, 1, 2, 3
    TEST_RR add, -1, 1, 0
    TEST_RR add, 0x7fffffff, 1, 0x80000000
    TEST_RR add, 0x80000000, 0x80000000, 0
    TEST_RR add, 0xffffffff, 0xffffffff, 0xfffffffe
    TEST_RR_SAME add, 0x40000000, 0x80000000

    TEST_RR sub, 3, 2, 1
    TEST_RR sub, 0, 1, 0xffffffff
    TEST_RR sub, 0x80000000, 1, 0x7fffffff
    TEST_RR sub, 0x7fffffff, 0xffffffff, 0x80000000
    TEST_RR_SAME sub, 0x12345678, 0

    TEST_RR sll, 1, 0, 1
    TEST_RR sll, 1, 31, 0x80000000
    TEST_RR sll, 0xffffffff, 31, 0x80000000
    TEST_RR sll, 0x12345678, 4, 0x23456780
    TEST_RR sll, 1, 32, 1
    TEST_RR sll, 1, 0xffffffe1, 2
    TEST_RR sll, 3, 63, 0x80000000

    TEST_RR srl, 0x80000000, 0, 0x80000000
    TEST_RR srl, 0x80000000, 31, 1
    TEST_RR srl, 0xffffffff, 31, 1
    TEST_RR srl, 0x12345678, 4, 0x01234567
    TEST_RR srl, 0x80000000, 32, 0x80000000
    TEST_RR srl, 0x80000000, 0xffffffe1, 0x40000000
    TEST_RR_SAME srl, 33, 16

    TEST_RR sra, 0x80000000, 0, 0x80000000
    TEST_RR sra, 0x80000000, 31, 0xffffffff
    TEST_RR sra, 0x7fffffff, 31, 0
    TEST_RR sra, 0x81234567, 4, 0xf8123456
    TEST_RR sra, 0x81234567, 36, 0xf8123456
    TEST_RR sra, 0x80000000, 0xffffffff, 0xffffffff

    TEST_RR slt, 0, 1, 1
    TEST_RR slt, 1, 0, 0
    TEST_RR slt, 5, 5, 0
    TEST_RR slt, 0xffffffff, 0, 1
    TEST_RR slt, 0, 0xffffffff, 0
    TEST_RR slt, 0x80000000, 0x7fffffff, 1
    TEST_RR slt, 0x7fffffff, 0x80000000, 0
    TEST_RR_SAME slt, -7, 0

    TEST_RR sltu, 0, 1, 1
    TEST_RR sltu, 1, 0, 0
    TEST_RR sltu, 5, 5, 0
    TEST_RR sltu, 0xffffffff, 0, 0
    TEST_RR sltu, 0, 0xffffffff, 1
    TEST_RR sltu, 0x80000000, 0x7fffffff, 0
    TEST_RR sltu, 0x7fffffff, 0x80000000, 1

    TEST_RR xor, 0xff00ff00, 0x0ff00ff0, 0xf0f0f0f0
    TEST_RR xor, 0xffffffff, 0x12345678, 0xedcba987
    TEST_RR_SAME xor, 0x5a5a5a5a, 0

    TEST_RR or, 0xff00ff00, 0x0ff00ff0, 0xfff0fff0
    TEST_RR or, 0, 0, 0
    TEST_RR_SAME or, 0x80000001, 0x80000001

    TEST_RR and, 0xff00ff00, 0x0ff00ff0, 0x0f000f00
    TEST_RR and, 0xffffffff, 0x80000001, 0x80000001
    TEST_RR_SAME and, 0x12345678, 0x12345678

    CASE "x0 reads as zero as a source"
    li a1, 0x1234
    add a0, a1, x0
    CHECK a0, 0x1234
    sub a0, x0, a1
    CHECK a0, -0x1234
    sltu a0, x0, a1
    CHECK a0, 1
    slt a0, a1, x0
    CHECK a0, 0
    sll a0, a1, x0
    CHECK a0, 0x1234

    TEST_ZERO_DEST add, 1, 2, a1, a2
    TEST_ZERO_DEST sub, 1, 2, a1, a2
    TEST_ZERO_DEST sll, 1, 2, a1, a2
    TEST_ZERO_DEST slt, 1, 2, a1, a2
    TEST_ZERO_DEST sltu, 1, 2, a1, a2
    TEST_ZERO_DEST xor, 1, 2, a1, a2
    TEST_ZERO_DEST srl, 4, 1, a1, a2
    TEST_ZERO_DEST sra, -4, 1, a1, a2
    TEST_ZERO_DEST or, 1, 2, a1, a2
    TEST_ZERO_DEST and, 3, 2, a1, a2

    TEST_END
