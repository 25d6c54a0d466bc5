# Loads and stores of every width: sign and zero extension, partial writes, negative offsets,
# and misaligned accesses, which complete (also across a page boundary), as on QEMU.
        .include "harness.S"

        .macro LOADS base
        .irp offset, 0, 1, 2, 3, 4, 5, 6, 7
        lb a0, \offset(\base)
        PRINT a0
        lbu a0, \offset(\base)
        PRINT a0
        lh a0, \offset(\base)
        PRINT a0
        lhu a0, \offset(\base)
        PRINT a0
        lw a0, \offset(\base)
        PRINT a0
        .endr
        .endm

        .globl main
main:
        addi sp, sp, -16
        sw ra, 12(sp)
        SAY "loads"
        la s0, pattern
        LOADS s0
        SAY "negative offsets"
        addi s1, s0, 8
        lw a0, -8(s1)
        PRINT a0
        lh a0, -6(s1)
        PRINT a0
        lb a0, -1(s1)
        PRINT a0
        SAY "stores"
        la s1, scratch
        li a1, 0x11223344
        .irp offset, 0, 1, 2, 3, 5, 6, 7
        sw zero, 0(s1)
        sw zero, 4(s1)
        sw zero, 8(s1)
        sb a1, \offset(s1)
        sh a1, \offset+1(s1)
        lw a0, 0(s1)
        PRINT a0
        lw a0, 4(s1)
        PRINT a0
        lw a0, 8(s1)
        PRINT a0
        .endr
        .irp offset, 1, 2, 3
        sw zero, 0(s1)
        sw zero, 4(s1)
        sw a1, \offset(s1)
        lw a0, 0(s1)
        PRINT a0
        lw a0, 4(s1)
        PRINT a0
        .endr
        SAY "across a page"
        la s2, page_end
        li a1, 0xa1b2c3d4
        .irp offset, -3, -2, -1
        sw a1, \offset(s2)
        lw a0, \offset(s2)
        PRINT a0
        lh a0, \offset+1(s2)
        PRINT a0
        lhu a0, -1(s2)
        PRINT a0
        .endr
        lw a0, -4(s2)
        PRINT a0
        lw a0, 0(s2)
        PRINT a0
        lw ra, 12(sp)
        addi sp, sp, 16
        ret

        .data
pattern: .byte 0x80, 0x7f, 0xff, 0x01, 0x34, 0x92, 0x00, 0xc5, 0x11, 0x22, 0x33
        .align 4
scratch: .space 16
        .balign 4096
        .space 4096
page_end:
        .space 16
