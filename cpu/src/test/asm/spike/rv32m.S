# RV32M: mul, mulh, mulhsu, mulhu, div, divu, rem, remu. The high halves of signed, unsigned
# and mixed products at the extremes; division rounding towards zero with the remainder taking
# the dividend's sign; division by zero (quotient all ones, remainder the dividend) and the
# signed overflow -2^31 / -1 (quotient -2^31, remainder 0), which do not trap.
.include "spike.inc"

    TEST_RR mul, 3, 7, 21
    TEST_RR mul, -3, 7, -21
    TEST_RR mul, -3, -7, 21
    TEST_RR mul, 0x7fffffff, 0x7fffffff, 1
    TEST_RR mul, 0x80000000, 0xffffffff, 0x80000000
    TEST_RR mul, 0x12345678, 0x10000, 0x56780000
    TEST_RR mul, 0xffffffff, 0, 0
    TEST_RR_SAME mul, 0x10000, 0

    TEST_RR mulh, 3, 7, 0
    TEST_RR mulh, -3, 7, -1
    TEST_RR mulh, 0x7fffffff, 0x7fffffff, 0x3fffffff
    TEST_RR mulh, 0x80000000, 0x80000000, 0x40000000
    TEST_RR mulh, 0x80000000, 0x7fffffff, 0xc0000000
    TEST_RR mulh, 0x80000000, 0xffffffff, 0
    TEST_RR mulh, 0xffffffff, 0xffffffff, 0
    TEST_RR_SAME mulh, 0x10000, 1

    TEST_RR mulhu, 3, 7, 0
    TEST_RR mulhu, 0xffffffff, 0xffffffff, 0xfffffffe
    TEST_RR mulhu, 0x80000000, 0x80000000, 0x40000000
    TEST_RR mulhu, 0xffffffff, 2, 1
    TEST_RR mulhu, 0x12345678, 0x9abcdef0, 0x0b00ea4e

    TEST_RR mulhsu, 3, 7, 0
    TEST_RR mulhsu, -1, 1, 0xffffffff
    TEST_RR mulhsu, -1, 0xffffffff, 0xffffffff
    TEST_RR mulhsu, 0x80000000, 0xffffffff, 0x80000000
    TEST_RR mulhsu, 0x7fffffff, 0xffffffff, 0x7ffffffe
    TEST_RR mulhsu, 0xffffffff, 0x80000000, 0xffffffff
    TEST_RR_SAME mulhsu, 0xffffffff, 0xffffffff

    TEST_RR div, 20, 6, 3
    TEST_RR div, -20, 6, -3
    TEST_RR div, 20, -6, -3
    TEST_RR div, -20, -6, 3
    TEST_RR div, 0x80000000, 1, 0x80000000
    TEST_RR div, 0x80000000, 0xffffffff, 0x80000000
    TEST_RR div, 0x80000000, 2, 0xc0000000
    TEST_RR div, 5, 0, 0xffffffff
    TEST_RR div, -5, 0, 0xffffffff
    TEST_RR div, 0, 0, 0xffffffff

    TEST_RR divu, 20, 6, 3
    TEST_RR divu, -20, 6, 715827879
    TEST_RR divu, 0xffffffff, 0xffffffff, 1
    TEST_RR divu, 0x80000000, 0xffffffff, 0
    TEST_RR divu, 0xffffffff, 1, 0xffffffff
    TEST_RR divu, 5, 0, 0xffffffff
    TEST_RR divu, 0, 0, 0xffffffff

    TEST_RR rem, 20, 6, 2
    TEST_RR rem, -20, 6, -2
    TEST_RR rem, 20, -6, 2
    TEST_RR rem, -20, -6, -2
    TEST_RR rem, 0x80000000, 0xffffffff, 0
    TEST_RR rem, 0x80000000, 3, -2
    TEST_RR rem, 5, 0, 5
    TEST_RR rem, -5, 0, -5
    TEST_RR rem, 0x80000000, 0, 0x80000000
    TEST_RR_SAME rem, -9, 0

    TEST_RR remu, 20, 6, 2
    TEST_RR remu, -20, 6, 2
    TEST_RR remu, 0xffffffff, 0x80000000, 0x7fffffff
    TEST_RR remu, 0x80000000, 0xffffffff, 0x80000000
    TEST_RR remu, 5, 0, 5
    TEST_RR remu, 0xffffffff, 0, 0xffffffff
    TEST_RR_SAME remu, 0xfffffff0, 0

    TEST_ZERO_DEST mul, 3, 5, a1, a2
    TEST_ZERO_DEST mulh, 3, 5, a1, a2
    TEST_ZERO_DEST mulhsu, 3, 5, a1, a2
    TEST_ZERO_DEST mulhu, 3, 5, a1, a2
    TEST_ZERO_DEST div, 3, 0, a1, a2
    TEST_ZERO_DEST divu, 3, 0, a1, a2
    TEST_ZERO_DEST rem, 3, 0, a1, a2
    TEST_ZERO_DEST remu, 3, 0, a1, a2

    TEST_END
