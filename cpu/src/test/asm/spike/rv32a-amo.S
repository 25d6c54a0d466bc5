# RV32A atomic memory operations: amoswap, amoadd, amoxor, amoand, amoor, amomin, amomax,
# amominu, amomaxu (.w), each returning the old word and storing the result; signed and
# unsigned order at the sign boundary; the .aq, .rl and .aqrl forms; rd = x0; rd = rs2;
# rd = rs1. An AMO at a misaligned address raises the store/AMO address-misaligned exception
# (the last case: QEMU 7.2 raises the load one instead; see docs/isa-tests.md).
.include "spike.inc"

# TEST_AMO insn, old, operand, new: insn a0, a2, (a1) on a word holding old with a2 = operand
# returns old in a0 and leaves new in the word.
.macro TEST_AMO insn:req, old:req, operand:req, new:req
    CASE "\insn on \old with \operand: returns it and stores \new"
    la a1, word
    li a0, \old
    sw a0, 0(a1)
    li a2, \operand
    li a0, 0x5a5a5a5a
    \insn a0, a2, (a1)
    CHECK a0, \old
    CHECK a2, \operand
    lw a0, 0(a1)
    CHECK a0, \new
.endm

    TEST_AMO amoswap.w, 0x12345678, 0x9abcdef0, 0x9abcdef0
    TEST_AMO amoadd.w, 1, 2, 3
    TEST_AMO amoadd.w, 0xffffffff, 1, 0
    TEST_AMO amoadd.w, 0x7fffffff, 1, 0x80000000
    TEST_AMO amoxor.w, 0xff00ff00, 0x0ff00ff0, 0xf0f0f0f0
    TEST_AMO amoand.w, 0xff00ff00, 0x0ff00ff0, 0x0f000f00
    TEST_AMO amoor.w, 0xff00ff00, 0x0ff00ff0, 0xfff0fff0
    TEST_AMO amomin.w, 5, 3, 3
    TEST_AMO amomin.w, 3, 5, 3
    TEST_AMO amomin.w, 0xffffffff, 1, 0xffffffff
    TEST_AMO amomin.w, 0x7fffffff, 0x80000000, 0x80000000
    TEST_AMO amomax.w, 5, 3, 5
    TEST_AMO amomax.w, 3, 5, 5
    TEST_AMO amomax.w, 0xffffffff, 1, 1
    TEST_AMO amomax.w, 0x7fffffff, 0x80000000, 0x7fffffff
    TEST_AMO amominu.w, 5, 3, 3
    TEST_AMO amominu.w, 0xffffffff, 1, 1
    TEST_AMO amominu.w, 0x7fffffff, 0x80000000, 0x7fffffff
    TEST_AMO amomaxu.w, 5, 3, 5
    TEST_AMO amomaxu.w, 0xffffffff, 1, 0xffffffff
    TEST_AMO amomaxu.w, 0x7fffffff, 0x80000000, 0x80000000

    TEST_AMO amoswap.w.aq, 1, 2, 2
    TEST_AMO amoadd.w.rl, 1, 2, 3
    TEST_AMO amoxor.w.aqrl, 1, 3, 2
    TEST_AMO amoand.w.aq, 3, 6, 2
    TEST_AMO amoor.w.rl, 3, 4, 7
    TEST_AMO amomin.w.aqrl, 3, -4, -4
    TEST_AMO amomax.w.aq, 3, -4, 3
    TEST_AMO amominu.w.rl, 3, -4, 3
    TEST_AMO amomaxu.w.aqrl, 3, -4, -4

    CASE "an AMO with rd = x0 still stores"
    la a1, word
    li a0, 10
    sw a0, 0(a1)
    li a2, 5
    amoadd.w x0, a2, (a1)
    CHECK x0, 0
    lw a0, 0(a1)
    CHECK a0, 15

    CASE "an AMO with rd = rs2 uses the old rs2"
    la a1, word
    li a0, 10
    sw a0, 0(a1)
    li a2, 5
    amoadd.w a2, a2, (a1)
    CHECK a2, 10
    lw a0, 0(a1)
    CHECK a0, 15
    li a2, 7
    amoswap.w a2, a2, (a1)
    CHECK a2, 15
    lw a0, 0(a1)
    CHECK a0, 7

    CASE "an AMO with rd = rs1 uses the old address"
    la a1, word
    la a2, word
    li a0, 0x100
    sw a0, 0(a1)
    amoor.w a1, a0, (a1)
    CHECK a1, 0x100
    lw a0, 0(a2)
    CHECK a0, 0x100

    CASE "an AMO works on the word only"
    la a1, word
    li a0, -1
    sw a0, -4(a1)
    sw a0, 4(a1)
    sw zero, 0(a1)
    li a2, 0x00ff00ff
    amoor.w a0, a2, (a1)
    lw a0, -4(a1)
    CHECK a0, -1
    lw a0, 4(a1)
    CHECK a0, -1
    lw a0, 0(a1)
    CHECK a0, 0x00ff00ff

    CASE "every AMO at a misaligned address: store/AMO address misaligned"
    li a2, 1
    .irp insn, amoadd.w, amoswap.w, amoxor.w, amoand.w, amoor.w, amomin.w, amomax.w, amominu.w, amomaxu.w
    la a1, word + 2
    EXPECT_TRAP CAUSE_MISALIGNED_STORE, word + 2, \insn a0, a2, (a1)
    .endr
    la a1, word + 1
    EXPECT_TRAP CAUSE_MISALIGNED_STORE, word + 1, amoadd.w a0, a2, (a1)
    la a1, word + 3
    EXPECT_TRAP CAUSE_MISALIGNED_STORE, word + 3, amoswap.w.aqrl a0, a2, (a1)

    TEST_END

.data
.align 3
    .word 0
word:
    .word 0
    .word 0
