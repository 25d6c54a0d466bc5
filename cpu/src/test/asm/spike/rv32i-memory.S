# RV32I loads and stores: lb, lh, lw, lbu, lhu, sb, sh, sw. Little-endian byte order, sign
# and zero extension, positive and negative offsets, rd = rs1, rd = x0, partial stores that
# leave the neighbouring bytes alone, and misaligned accesses, which complete (as on QEMU),
# also across a word and a page boundary. fence and fence.tso are in zifencei.S.
.include "spike.inc"

# TEST_LOAD insn, offset, result: insn a0, offset(a1) with a1 = `pattern` gives result.
.macro TEST_LOAD insn:req, offset:req, result:req
    CASE "\insn at pattern + \offset = \result"
    la a1, pattern
    \insn a0, \offset(a1)
    CHECK a0, \result
.endm

# TEST_STORE insn, offset, value, word: insn of value at offset(a1) with a1 = `scratch`
# (which holds 0xaaaaaaaa, 0xbbbbbbbb before) leaves the two words word and word2.
.macro TEST_STORE insn:req, offset:req, value:req, word:req, word2:req
    CASE "\insn \value at scratch + \offset"
    la a1, scratch
    li a2, 0xaaaaaaaa
    sw a2, 0(a1)
    li a2, 0xbbbbbbbb
    sw a2, 4(a1)
    li a2, \value
    \insn a2, \offset(a1)
    CHECK a2, \value
    lw a0, 0(a1)
    CHECK a0, \word
    lw a0, 4(a1)
    CHECK a0, \word2
.endm

    TEST_LOAD lw, 0, 0x80ff7f01
    TEST_LOAD lw, 4, 0x00000000
    TEST_LOAD lw, 8, 0xfedcba98
    TEST_LOAD lb, 0, 0x00000001
    TEST_LOAD lb, 1, 0x0000007f
    TEST_LOAD lb, 2, 0xffffffff
    TEST_LOAD lb, 3, 0xffffff80
    TEST_LOAD lbu, 0, 0x01
    TEST_LOAD lbu, 1, 0x7f
    TEST_LOAD lbu, 2, 0xff
    TEST_LOAD lbu, 3, 0x80
    TEST_LOAD lh, 0, 0x00007f01
    TEST_LOAD lh, 2, 0xffff80ff
    TEST_LOAD lh, 10, 0xfffffedc
    TEST_LOAD lhu, 0, 0x7f01
    TEST_LOAD lhu, 2, 0x80ff
    TEST_LOAD lhu, 10, 0xfedc

    CASE "negative offsets"
    la a1, pattern + 12
    lw a0, -12(a1)
    CHECK a0, 0x80ff7f01
    lb a0, -9(a1)
    CHECK a0, 0xffffff80
    lhu a0, -2(a1)
    CHECK a0, 0xfedc
    la a1, pattern + 2048
    lw a0, -2048(a1)
    CHECK a0, 0x80ff7f01

    CASE "a load with rd = rs1 uses the old base"
    la a1, pointer
    lw a1, 0(a1)
    CHECK a1, pattern
    lw a1, 0(a1)
    CHECK a1, 0x80ff7f01

    CASE "loads into x0 leave it zero"
    la a1, pattern
    lw x0, 0(a1)
    lb x0, 3(a1)
    lbu x0, 2(a1)
    lh x0, 2(a1)
    lhu x0, 0(a1)
    CHECK x0, 0

    TEST_STORE sw, 0, 0x12345678, 0x12345678, 0xbbbbbbbb
    TEST_STORE sw, 4, 0x80000001, 0xaaaaaaaa, 0x80000001
    TEST_STORE sh, 0, 0x1234, 0xaaaa1234, 0xbbbbbbbb
    TEST_STORE sh, 2, 0xffff8765, 0x8765aaaa, 0xbbbbbbbb
    TEST_STORE sh, 6, 0x12345678, 0xaaaaaaaa, 0x5678bbbb
    TEST_STORE sb, 0, 0x12, 0xaaaaaa12, 0xbbbbbbbb
    TEST_STORE sb, 1, 0xffffff80, 0xaaaa80aa, 0xbbbbbbbb
    TEST_STORE sb, 3, 0x7f, 0x7faaaaaa, 0xbbbbbbbb
    TEST_STORE sb, 5, 0x12345678, 0xaaaaaaaa, 0xbbbb78bb

    CASE "stores at negative offsets"
    la a1, scratch + 8
    li a2, 0xbbbbbbbb
    sw a2, -4(a1)
    li a2, 0x11223344
    sw a2, -8(a1)
    sh a2, -4(a1)
    sb a2, -1(a1)
    lw a0, -8(a1)
    CHECK a0, 0x11223344
    lw a0, -4(a1)
    CHECK a0, 0x44bb3344

    CASE "a store of x0 stores zero"
    la a1, scratch
    li a2, -1
    sw a2, 0(a1)
    sb x0, 1(a1)
    sh x0, 2(a1)
    lw a0, 0(a1)
    CHECK a0, 0x000000ff

    TEST_LOAD lw, 1, 0x0080ff7f
    TEST_LOAD lw, 2, 0x000080ff
    TEST_LOAD lw, 3, 0x00000080
    TEST_LOAD lh, 1, 0xffffff7f
    TEST_LOAD lh, 3, 0x00000080
    TEST_LOAD lhu, 3, 0x0080
    TEST_LOAD lh, 9, 0xffffdcba

    TEST_STORE sw, 1, 0x12345678, 0x345678aa, 0xbbbbbb12
    TEST_STORE sw, 3, 0x12345678, 0x78aaaaaa, 0xbb123456
    TEST_STORE sh, 1, 0x1234, 0xaa1234aa, 0xbbbbbbbb
    TEST_STORE sh, 3, 0x1234, 0x34aaaaaa, 0xbbbbbb12

    CASE "a misaligned word across a page boundary"
    la a1, page_edge
    li a2, 0x11223344
    sw a2, -2(a1)
    lw a0, -2(a1)
    CHECK a0, 0x11223344
    lhu a0, -2(a1)
    CHECK a0, 0x3344
    lhu a0, 0(a1)
    CHECK a0, 0x1122
    lh a0, -1(a1)
    CHECK a0, 0x2233

    TEST_END

.data
.align 2
pattern:
    .byte 0x01, 0x7f, 0xff, 0x80
    .word 0
    .word 0xfedcba98
pointer:
    .word pattern
scratch:
    .word 0, 0

# a page boundary inside the data, for misaligned accesses that cross it
.align 12
    .space 8
.align 12
page_edge:
    .word 0
