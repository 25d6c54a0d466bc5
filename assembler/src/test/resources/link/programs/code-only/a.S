# Only code and .bss: no read-only or initialised data segment, .bss on the page after the code.
    .text
    .globl _start
_start:
    la a0, stack_top
    mv sp, a0
    j _start
    .bss
    .align 4
stack:
    .zero 256
stack_top:
