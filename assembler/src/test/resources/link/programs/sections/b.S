    .text
    .globl work
    .align 5
work:
    la a0, table_b
    ret
    .section .text.unlikely, "ax"
    nop
    .section .rodata
    .balign 8
table_b:
    .half 9
    .section .data
    .byte 1
    .section .sdata.x, "aw"
    .half 2
    .section .sbss.y, "aw", @nobits
    .zero 3
