# console-read.S: reads the console until a newline has come (in as many reads as the bytes
# arrive in), then writes the line back and how long it was; run as init by KernelTest with
# "hello, console\n" as the console's input.

    .include "syscalls.inc"

# SHOW label, reg: prints "label: " and the register's value in decimal (signed), a newline.
    .macro SHOW label, reg
    mv s11, \reg
    la a0, 1f
    call puts
    mv a0, s11
    call putd
    call newline
    .section .rodata
1:  .asciz "\label: "
    .text
    .endm

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

# puts: a0 = a NUL-terminated string, written to fd 1. Clobbers a0..a2, a7, t0.
puts:
    mv a1, a0
    li a2, 0
1:  add t0, a1, a2
    lbu t0, 0(t0)
    beqz t0, 2f
    addi a2, a2, 1
    j 1b
2:  li a0, 1
    li a7, SYS_write
    ecall
    ret

newline:
    la a0, nl
    j puts

# putd: a0 = a signed number, written in decimal. Clobbers a0..a2, a7, t0..t2.
putd:
    addi sp, sp, -32
    sw ra, 28(sp)
    mv t1, a0
    addi t2, sp, 20
    sb zero, 0(t2)
    bgez t1, 1f
    neg t1, t1
1:  li t0, 10
    remu a1, t1, t0
    divu t1, t1, t0
    addi a1, a1, '0'
    addi t2, t2, -1
    sb a1, 0(t2)
    bnez t1, 1b
    bgez a0, 2f
    addi t2, t2, -1
    li a1, '-'
    sb a1, 0(t2)
2:  mv a0, t2
    call puts
    lw ra, 28(sp)
    addi sp, sp, 32
    ret

    .section .rodata
nl:     .asciz "\n"

    .data
line:   .space 256
