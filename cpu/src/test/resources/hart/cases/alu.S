# Register-register and register-immediate arithmetic on edge values: every result is printed.
        .include "harness.S"

        .macro RR op
        .irp a, 0, 1, -1, 0x7fffffff, 0x80000000, 0x12345678, 31, 32
        .irp b, 0, 1, -1, 0x7fffffff, 0x80000000, 0xedcba987, 31, 32
        li a1, \a
        li a2, \b
        \op a0, a1, a2
        PRINT a0
        .endr
        .endr
        .endm

        .macro RI op
        .irp a, 0, 1, -1, 0x7fffffff, 0x80000000, 0x12345678
        .irp imm, 0, 1, -1, 2047, -2048, 0x555
        li a1, \a
        \op a0, a1, \imm
        PRINT a0
        .endr
        .endr
        .endm

        .macro SHIFT op
        .irp a, 0, 1, -1, 0x7fffffff, 0x80000000, 0x12345678
        .irp amount, 0, 1, 15, 31
        li a1, \a
        \op a0, a1, \amount
        PRINT a0
        .endr
        .endr
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "add"
        RR add
        SAY "sub"
        RR sub
        SAY "sll"
        RR sll
        SAY "slt"
        RR slt
        SAY "sltu"
        RR sltu
        SAY "xor"
        RR xor
        SAY "srl"
        RR srl
        SAY "sra"
        RR sra
        SAY "or"
        RR or
        SAY "and"
        RR and
        SAY "addi"
        RI addi
        SAY "slti"
        RI slti
        SAY "sltiu"
        RI sltiu
        SAY "xori"
        RI xori
        SAY "ori"
        RI ori
        SAY "andi"
        RI andi
        SAY "slli"
        SHIFT slli
        SAY "srli"
        SHIFT srli
        SAY "srai"
        SHIFT srai
        SAY "lui auipc"
        lui a0, 0
        PRINT a0
        lui a0, 0xfffff
        PRINT a0
        lui a0, 0x80000
        PRINT a0
1:      auipc a0, 0
        la a1, 1b
        sub a0, a0, a1
        PRINT a0
2:      auipc a0, 0x80000
        la a1, 2b
        sub a0, a0, a1
        PRINT a0
        SAY "x0"
        li a1, 5
        add zero, a1, a1
        PRINT zero
        addi zero, a1, 1
        PRINT zero
        lui zero, 0x12345
        PRINT zero
        auipc zero, 1
        PRINT zero
        jal zero, 3f
3:      PRINT zero
        la a2, 4f
        jalr zero, 0(a2)
4:      PRINT zero
        la a2, word
        lw zero, 0(a2)
        PRINT zero
        csrr zero, mscratch
        PRINT zero
        mul zero, a1, a1
        PRINT zero
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .data
word:   .word 0x12345678
