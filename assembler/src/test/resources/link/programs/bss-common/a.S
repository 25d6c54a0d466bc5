# .bss, .sbss, .lcomm and a common block declared in two files (the larger size and alignment
# win), .sdata and .srodata, and their addresses loaded from code.
    .text
    .globl _start
_start:
    la a0, buffer
    la a1, shared
    la a2, small
    la a3, local_block
    la a4, constant
    ret
    .bss
    .align 4
buffer:
    .zero 100
    .comm shared, 24, 4
    .lcomm local_block, 12
    .section .srodata, "a"
constant:
    .word 0x12345678
