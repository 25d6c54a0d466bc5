# RV32I control transfer: beq, bne, blt, bge, bltu, bgeu (taken and not taken, signed and
# unsigned at the sign boundary, forwards and backwards), jal and jalr (the link, jalr's
# cleared bit 0, rd = rs1, rd = x0). Misaligned targets are in traps-exceptions.S.
.include "spike.inc"

# TEST_BRANCH insn, a, b, taken: insn a1, a2 with a1 = a, a2 = b branches (taken = 1) or
# falls through (taken = 0), forwards and backwards.
.macro TEST_BRANCH insn:req, a:req, b:req, taken:req
    CASE "\insn \a, \b: taken = \taken"
    li a1, \a
    li a2, \b
    li a0, 0
    \insn a1, a2, .Lforward\@
    addi a0, a0, 1
.Lforward\@:
    CHECK a0, 1 - \taken
    # backwards: the first pass falls into the branch, which goes back once if taken
    li a0, 0
.Lback\@:
    addi a0, a0, 1
    li t0, 2
    beq a0, t0, .Lout\@
    \insn a1, a2, .Lback\@
.Lout\@:
    CHECK a0, 1 + \taken
.endm

    TEST_BRANCH beq, 0, 0, 1
    TEST_BRANCH beq, 1, 0, 0
    TEST_BRANCH beq, 0x80000000, 0x80000000, 1
    TEST_BRANCH beq, 0xffffffff, 0x7fffffff, 0

    TEST_BRANCH bne, 0, 0, 0
    TEST_BRANCH bne, 1, 0, 1
    TEST_BRANCH bne, 0xffffffff, 0x7fffffff, 1
    TEST_BRANCH bne, 0x80000000, 0x80000000, 0

    TEST_BRANCH blt, 0, 1, 1
    TEST_BRANCH blt, 1, 0, 0
    TEST_BRANCH blt, 1, 1, 0
    TEST_BRANCH blt, 0xffffffff, 0, 1
    TEST_BRANCH blt, 0, 0xffffffff, 0
    TEST_BRANCH blt, 0x80000000, 0x7fffffff, 1
    TEST_BRANCH blt, 0x7fffffff, 0x80000000, 0

    TEST_BRANCH bge, 0, 1, 0
    TEST_BRANCH bge, 1, 0, 1
    TEST_BRANCH bge, 1, 1, 1
    TEST_BRANCH bge, 0xffffffff, 0, 0
    TEST_BRANCH bge, 0, 0xffffffff, 1
    TEST_BRANCH bge, 0x80000000, 0x7fffffff, 0
    TEST_BRANCH bge, 0x7fffffff, 0x80000000, 1
    TEST_BRANCH bge, 0x80000000, 0x80000000, 1

    TEST_BRANCH bltu, 0, 1, 1
    TEST_BRANCH bltu, 1, 0, 0
    TEST_BRANCH bltu, 1, 1, 0
    TEST_BRANCH bltu, 0xffffffff, 0, 0
    TEST_BRANCH bltu, 0, 0xffffffff, 1
    TEST_BRANCH bltu, 0x80000000, 0x7fffffff, 0
    TEST_BRANCH bltu, 0x7fffffff, 0x80000000, 1

    TEST_BRANCH bgeu, 0, 1, 0
    TEST_BRANCH bgeu, 1, 0, 1
    TEST_BRANCH bgeu, 1, 1, 1
    TEST_BRANCH bgeu, 0xffffffff, 0, 1
    TEST_BRANCH bgeu, 0, 0xffffffff, 0
    TEST_BRANCH bgeu, 0x80000000, 0x7fffffff, 1
    TEST_BRANCH bgeu, 0x7fffffff, 0x80000000, 0
    TEST_BRANCH bgeu, 0xffffffff, 0xffffffff, 1

    CASE "branches compare with x0"
    li a1, -1
    li a0, 0
    blt a1, x0, 1f
    addi a0, a0, 1
1:
    bgeu x0, a1, 2f
    addi a0, a0, 2
2:
    beq x0, x0, 3f
    addi a0, a0, 4
3:
    CHECK a0, 2

    CASE "jal links the next address and jumps"
    li ra, 0
.Ljal:
    jal ra, 1f
    FAIL_HERE
1:
    CHECK ra, .Ljal + 4

    CASE "jal backwards, and jal with rd = x0"
    li a0, 0
    j 2f
1:
    addi a0, a0, 1
    jal x0, 3f
2:
    jal a1, 1b
    FAIL_HERE
3:
    CHECK a0, 1
    CHECK x0, 0

    CASE "jalr adds the offset to rs1 and links the next address"
    la a1, 1f - 8
.Ljalr:
    jalr a2, 8(a1)
    FAIL_HERE
1:
    CHECK a2, .Ljalr + 4
    la a1, 2f + 16
    jalr a2, -16(a1)
    FAIL_HERE
2:

    CASE "jalr clears bit 0 of the target"
    la a1, 1f
    addi a1, a1, 1
    jalr a2, 0(a1)
    FAIL_HERE
1:
    la a1, 2f - 1
    jalr a2, 2(a1)
    FAIL_HERE
2:

    CASE "jalr with rd = rs1 jumps to the old value"
    la a1, 1f
.Ljalr_same:
    jalr a1, 0(a1)
    FAIL_HERE
1:
    CHECK a1, .Ljalr_same + 4

    CASE "jalr with rd = x0 jumps and links nothing"
    la a1, 1f
    jalr x0, 0(a1)
    FAIL_HERE
1:
    CHECK x0, 0

    CASE "a call and its return"
    li a0, 5
    call .Ldouble
    CHECK a0, 10
    j 1f
.Ldouble:
    add a0, a0, a0
    ret
1:

    TEST_END
