# console-read.S: reads the console until a newline has come (in as many reads as the bytes
# arrive in), then writes the line back and how long it was; run as init by KernelTest with
# "hello, console\n" as the console's input.

    .include "syscalls.inc"
    .include "show.inc"

    .text
    .globl _start
_start:
    la s0, line                         # s0: where the next byte goes
1:  li a0, 0
    mv a1, s0
    li a2, 1
    li a7, SYS_read
    ecall
    blez a0, 2f
    lbu t0, 0(s0)
    addi s0, s0, 1
    li t1, 10
    bne t0, t1, 1b
2:  sb zero, 0(s0)
    la a0, line
    call puts
    la t0, line
    sub t0, s0, t0
    SHOW "bytes", t0
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .data
line:   .space 256
