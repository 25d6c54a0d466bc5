# Branches on edge values (1 printed when taken), jal and jalr links and targets (jalr clears
# bit 0 of the target), and jumps to targets that are not four-byte aligned, which raise an
# instruction-address-misaligned exception at the jump, with rd unchanged. (mtval holds the
# target; QEMU 7.2 gets it right only for jalr, so the jal and branch cases do not print it.)
        .include "harness.S"

        .macro BRANCH op
        .irp a, 0, 1, -1, 0x7fffffff, 0x80000000
        .irp b, 0, 1, -1, 0x7fffffff, 0x80000000
        li a1, \a
        li a2, \b
        li a0, 1
        \op a1, a2, 9901f
        li a0, 0
9901:   PRINT a0
        .endr
        .endr
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "beq"
        BRANCH beq
        SAY "bne"
        BRANCH bne
        SAY "blt"
        BRANCH blt
        SAY "bge"
        BRANCH bge
        SAY "bltu"
        BRANCH bltu
        SAY "bgeu"
        BRANCH bgeu
        SAY "backward"
        li a0, 0
        li a1, 3
1:      addi a0, a0, 1
        addi a1, a1, -1
        bnez a1, 1b
        PRINT a0
        SAY "jal"
        jal a0, 2f
2:      la a1, 2b
        sub a0, a0, a1
        PRINT a0
        SAY "jalr"
        la a1, 3f
        addi a1, a1, 1
        jalr a0, 0(a1)
3:      la a1, 3b
        sub a0, a0, a1
        PRINT a0
        la a1, 4f
        jalr a1, 8(a1)
4:      nop
        nop
        la a0, 4b
        sub a0, a1, a0
        PRINT a0
        SAY "misaligned targets"
        la a1, 5f
        li a0, 0x1234
        jalr a0, 2(a1)
        PRINT a0
5:      la t0, trap_skip_no_tval
        csrw mtvec, t0
        li a0, 0x1234
        .word 0x0060056f            # jal a0, .+6 (the linker refuses to write it)
        PRINT a0
        li a1, 1
        .word 0x00b58363            # beq a1, a1, .+6: taken, faults
        .word 0x00b59363            # bne a1, a1, .+6: not taken, no fault
        SAY "done"
        lw ra, 12(sp)
        addi sp, sp, 16
        ret
