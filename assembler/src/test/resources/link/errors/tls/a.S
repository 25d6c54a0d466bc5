# Thread-local storage, which the Strata OS has no use for.
    .text
    .globl _start
_start:
    ret
    .section .tbss, "awT", @nobits
counter:
    .zero 4
