# Several problems in one link: all are reported.
    .text
    .globl _start, shared
_start:
    call nowhere
    jal ra, far
shared:
    ret
