# The M extension on edge values: division by zero, the overflow -2^31 / -1, signs of remainders,
# and the high halves of products in all three signednesses.
        .include "harness.S"

        .macro RR op
        .irp a, 0, 1, -1, 7, -7, 0x7fffffff, 0x80000000, 0x12345678, 0xedcba987
        .irp b, 0, 1, -1, 2, -2, 7, -7, 0x7fffffff, 0x80000000, 0xfffffff0
        li a1, \a
        li a2, \b
        \op a0, a1, a2
        PRINT a0
        .endr
        .endr
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "mul"
        RR mul
        SAY "mulh"
        RR mulh
        SAY "mulhsu"
        RR mulhsu
        SAY "mulhu"
        RR mulhu
        SAY "div"
        RR div
        SAY "divu"
        RR divu
        SAY "rem"
        RR rem
        SAY "remu"
        RR remu
        SAY "same registers"
        li a1, 0x10001
        mul a1, a1, a1
        PRINT a1
        li a1, -9
        div a1, a1, a1
        PRINT a1
        li a1, 0
        divu a1, a1, a1
        PRINT a1
        lw ra, 12(sp)
        addi sp, sp, 16
        ret
