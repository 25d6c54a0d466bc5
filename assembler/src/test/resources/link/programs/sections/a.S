# Input sections of every name the layout collects, in file order and command-line order, each
# at its own alignment.
    .section .text.init, "ax"
    .globl _start
_start:
    j main
    .text
    .globl main
main:
    call work
    ret
    .section .rodata.tables, "a"
    .align 4
table:
    .byte 1, 2, 3
    .section .data.counters, "aw"
    .align 6
counters:
    .word 1, 2
    .section .bss.heap, "aw", @nobits
    .align 12
heap:
    .zero 4096
