# No _start: GNU ld and Strata both warn and enter at the start of .text.
    .section .text.first, "ax"
    .globl main
main:
    j main
