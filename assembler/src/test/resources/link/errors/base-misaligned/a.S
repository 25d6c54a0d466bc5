# A base address that is not on a page boundary.
    .text
    .globl _start
_start:
    ret
