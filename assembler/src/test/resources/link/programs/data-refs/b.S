    .section .rodata
    .globl message
message:
    .asciz "hello, world"
    .data
    .globl table, counter
    .align 3
table:
    .word 1, 2, 3, 4
    .word message, message + 5, _start
counter:
    .word 0, 0
