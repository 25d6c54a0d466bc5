# RV32A load-reserved and store-conditional: lr.w and sc.w with their .aq/.rl forms. The
# reservation: sc.w succeeds (rd = 0, the word written) only on the word lr.w reserved, once;
# it fails (rd = 1, memory untouched) with no reservation, after another sc.w (which ends the
# reservation, failing or not), on another word, or after a newer lr.w of another word. A misaligned lr.w raises load address-misaligned, a
# misaligned sc.w store/AMO address-misaligned (the last case: QEMU 7.2 lets it fail quietly
# instead; see docs/isa-tests.md).
.include "spike.inc"

# RESET_WORDS: the two words at `words` hold 0x11111111 and 0x22222222; a1 points at the first.
.macro RESET_WORDS
    la a1, words
    li a0, 0x11111111
    sw a0, 0(a1)
    li a0, 0x22222222
    sw a0, 4(a1)
.endm

    CASE "lr.w loads the word"
    RESET_WORDS
    li a0, 0
    lr.w a0, (a1)
    CHECK a0, 0x11111111

    CASE "sc.w after lr.w of the word succeeds and stores"
    RESET_WORDS
    lr.w a0, (a1)
    li a2, 0x33333333
    sc.w a3, a2, (a1)
    CHECK a3, 0
    lw a0, 0(a1)
    CHECK a0, 0x33333333

    CASE "a second sc.w fails: sc.w ends the reservation"
    RESET_WORDS
    lr.w a0, (a1)
    li a2, 0x33333333
    sc.w a3, a2, (a1)
    CHECK a3, 0
    li a2, 0x44444444
    sc.w a3, a2, (a1)
    CHECK a3, 1
    lw a0, 0(a1)
    CHECK a0, 0x33333333

    CASE "sc.w to another word than the reserved one fails"
    RESET_WORDS
    lr.w a0, (a1)
    addi a4, a1, 4
    li a2, 0x33333333
    sc.w a3, a2, (a4)
    CHECK a3, 1
    lw a0, 4(a1)
    CHECK a0, 0x22222222
    lw a0, 0(a1)
    CHECK a0, 0x11111111

    CASE "a newer lr.w moves the reservation"
    RESET_WORDS
    addi a4, a1, 4
    lr.w a0, (a1)
    lr.w a0, (a4)
    CHECK a0, 0x22222222
    li a2, 0x33333333
    sc.w a3, a2, (a1)
    CHECK a3, 1
    lw a0, 0(a1)
    CHECK a0, 0x11111111
    lr.w a0, (a1)
    lr.w a0, (a4)
    sc.w a3, a2, (a4)
    CHECK a3, 0
    lw a0, 4(a1)
    CHECK a0, 0x33333333

    CASE "a failing sc.w ends the reservation too"
    RESET_WORDS
    addi a4, a1, 4
    lr.w a0, (a4)
    li a2, 0x33333333
    sc.w a3, a2, (a1)
    CHECK a3, 1
    sc.w a3, a2, (a4)
    CHECK a3, 1
    lw a0, 4(a1)
    CHECK a0, 0x22222222

    CASE "the .aq, .rl and .aqrl forms"
    RESET_WORDS
    lr.w.aq a0, (a1)
    li a2, 5
    sc.w.rl a3, a2, (a1)
    CHECK a3, 0
    lr.w.aqrl a0, (a1)
    CHECK a0, 5
    li a2, 6
    sc.w.aqrl a3, a2, (a1)
    CHECK a3, 0
    lr.w.rl a0, (a1)
    li a2, 7
    sc.w.aq a3, a2, (a1)
    CHECK a3, 0
    lw a0, 0(a1)
    CHECK a0, 7

    CASE "sc.w with rd = x0, and lr.w with rd = x0"
    RESET_WORDS
    lr.w x0, (a1)
    li a2, 9
    sc.w x0, a2, (a1)
    CHECK x0, 0
    lw a0, 0(a1)
    CHECK a0, 9

    CASE "sc.w with rd = rs2 stores the old rs2"
    RESET_WORDS
    lr.w a0, (a1)
    li a2, 0x55
    sc.w a2, a2, (a1)
    CHECK a2, 0
    lw a0, 0(a1)
    CHECK a0, 0x55

    CASE "lr.w at a misaligned address: load address misaligned"
    la a1, words + 2
    EXPECT_TRAP CAUSE_MISALIGNED_LOAD, words + 2, lr.w a0, (a1)
    la a1, words + 1
    EXPECT_TRAP CAUSE_MISALIGNED_LOAD, words + 1, lr.w.aqrl a0, (a1)

    CASE "lr.w at an unmapped address: load access fault"
    li a1, UNMAPPED
    EXPECT_TRAP CAUSE_LOAD_ACCESS, UNMAPPED, lr.w a0, (a1)

    CASE "sc.w at a misaligned address: store/AMO address misaligned"
    RESET_WORDS
    lr.w a0, (a1)
    la a1, words + 2
    li a2, 0x33333333
    EXPECT_TRAP CAUSE_MISALIGNED_STORE, words + 2, sc.w a3, a2, (a1)
    la a1, words + 1
    EXPECT_TRAP CAUSE_MISALIGNED_STORE, words + 1, sc.w a3, a2, (a1)

    TEST_END

.data
.align 3
words:
    .word 0, 0
