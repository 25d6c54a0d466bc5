# fail: a failure reported through sifive_test: 0x3333 with the code 7 in the high half ends the
# machine with exit status 7.
# status: 7
        .include "virt.inc"
        .text
        .globl _start
_start:
        la      a0, text
        call    puts
        li      a0, 7
        call    exit

        .include "lib.S"

        .section .rodata
text:   .asciz "failing with 7\n"
