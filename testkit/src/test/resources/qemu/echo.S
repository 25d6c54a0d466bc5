# A riscv32 Linux program: copies up to 64 bytes of its standard input to its standard output
# with one read and one write, and exits with status 7.
    .equ SYS_READ, 63
    .equ SYS_WRITE, 64
    .equ SYS_EXIT, 93
    .text
    .globl _start
_start:
    li a0, 0
    la a1, buffer
    li a2, 64
    li a7, SYS_READ
    ecall
    mv a2, a0
    li a0, 1
    la a1, buffer
    li a7, SYS_WRITE
    ecall
    li a0, 7
    li a7, SYS_EXIT
    ecall
    .bss
buffer:
    .zero 64
