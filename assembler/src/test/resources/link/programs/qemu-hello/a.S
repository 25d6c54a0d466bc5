# A bare-metal program for QEMU's virt board (and Strata's machine): it sets up a stack in .bss,
# prints a message from .rodata through a function in another file, counts in .data, and
# powers off through the sifive_test device. QemuTest runs what Strata links.
    .equ TEST_BASE, 0x100000
    .equ TEST_PASS, 0x5555
    .text
    .globl _start
_start:
    la sp, stack_top
    la a0, greeting
    call print
    lui t0, %hi(runs)
    lw t1, %lo(runs)(t0)
    addi t1, t1, 1
    sw t1, %lo(runs)(t0)
    addi a0, t1, '0'
    call put
    li a0, '\n'
    call put
    li t0, TEST_BASE
    li t1, TEST_PASS
    sw t1, 0(t0)
1:  wfi
    j 1b
    .section .rodata
greeting:
    .asciz "linked by Strata, run "
    .data
runs:
    .word 0
    .bss
    .align 4
    .zero 1024
stack_top:
