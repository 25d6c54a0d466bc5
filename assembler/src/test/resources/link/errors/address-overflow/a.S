# The program would run past the end of the 32-bit address space.
    .text
    .globl _start
_start:
    .zero 0x2000
