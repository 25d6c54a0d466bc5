# gnu: rejects
# only ours: 18
# Directives given the wrong kind or number of arguments.
.text
    .balign 3
    .align nowhere
    .section
    .section .y, "a", @bogus
    .byte "string"
    .type label, @bogus
    .fill -1
    .option bogus
    .globl 5
    .equ name
    .zero
    .word 1 2
    .ascii abc
    .p2align 40
    .double 1.5x
    .section .x, "q"
