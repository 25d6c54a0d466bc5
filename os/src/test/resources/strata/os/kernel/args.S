# args.S: prints its argc, arguments and environment, one a line, then exits with argc; run as
# /bin/args by execs.S.

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
    lw s1, 0(sp)
    SHOW "argc", s1
    addi s2, sp, 4
1:  lw a0, 0(s2)
    beqz a0, 2f
    call puts
    call newline
    addi s2, s2, 4
    j 1b
2:  addi s2, s2, 4
3:  lw a0, 0(s2)
    beqz a0, 4f
    call puts
    call newline
    addi s2, s2, 4
    j 3b
4:  mv a0, s1
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
