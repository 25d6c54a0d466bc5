# exhaust.S: runs the machine out of memory from user space, run as init by KernelTest with
# 8 MiB of RAM. The program break grows until memory runs out (brk then returns the old break);
# shrunk back to the first break, it grows again to the very same break: a failed brk keeps none
# of the pages it took on the way, and a shrinking one gives them all back. Then, with a break
# of 1 MiB, copies of this big process are forked until clone fails; the children sleep, holding
# their memory. Then they are killed and reaped, and the forking is done again: as many succeed
# as the first time, so nothing leaked. The kernel stays up throughout.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .equ STEP, 65536

    .text
    .globl _start
_start:
    li a0, 0
    li a7, SYS_brk
    ecall
    mv s4, a0                           # s4: the first break
    call grow_all
    mv s5, a0                           # s5: where memory ran out
    sub t0, s5, s4
    li t1, 0x100000
    sltu t0, t1, t0
    SHOW "the break grew by more than 1 MiB", t0
    sub t0, s5, s4
    li t1, 0x800000
    sltu t0, t0, t1
    SHOW "and stopped below 8 MiB: memory ran out", t0
    mv a0, s4
    li a7, SYS_brk
    ecall
    sub t0, a0, s4
    seqz t0, t0
    SHOW "shrunk back to the first break", t0
    call grow_all
    sub t0, a0, s5
    seqz t0, t0
    SHOW "grew again to the same break", t0
    li t0, 0x100000
    add a0, s4, t0
    li a7, SYS_brk
    ecall
    sub t0, a0, s4
    li t1, 0x100000
    sub t0, t0, t1
    seqz t0, t0
    SHOW "the break set to 1 MiB", t0

    call fork_all
    mv s2, a0                           # s2: children the first time
    SHOW "clone failed with", a1
    sltiu t0, s2, 2
    xori t0, t0, 1
    SHOW "at least two copies fitted", t0
    call kill_all
    SHOW "children killed and reaped", a0
    call fork_all
    mv s3, a1
    sub t0, a0, s2
    seqz t0, t0
    SHOW "the same number fitted again", t0
    SHOW "clone failed again with", s3
    call kill_all
    li a0, 0
    li a7, SYS_exit
    ecall

# grow_all: grows the break by STEP at a time until brk fails. Returns a0 = the last break.
grow_all:
    li a0, 0
    li a7, SYS_brk
    ecall
    mv t2, a0                           # t2: the break
1:  li t0, STEP
    add a0, t2, t0
    li a7, SYS_brk
    ecall
    beq a0, t2, 2f
    mv t2, a0
    j 1b
2:  mv a0, t2
    ret

# fork_all: forks children that sleep for good until clone fails. Returns a0 = how many,
# a1 = clone's error; the pids are in pids[].
fork_all:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s1, 8(sp)
    li s1, 0
1:  FORK
    bltz a0, 3f
    bnez a0, 2f
    li a0, CLOCK_MONOTONIC              # the child: asleep, holding its copy
    li a1, 0
    la a2, forever
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    li a0, 1
    li a7, SYS_exit
    ecall
2:  la t0, pids
    slli t1, s1, 2
    add t0, t0, t1
    sw a0, 0(t0)
    addi s1, s1, 1
    j 1b
3:  mv a1, a0
    mv a0, s1
    lw ra, 12(sp)
    lw s1, 8(sp)
    addi sp, sp, 16
    ret

# kill_all: kills the children whose pids fork_all left in pids[] and reaps every child.
# Returns a0 = how many were reaped.
kill_all:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s1, 8(sp)
    sw s3, 4(sp)
    la s1, pids
1:  lw a0, 0(s1)
    beqz a0, 2f
    li a1, SIGKILL
    li a7, SYS_kill
    ecall
    sw zero, 0(s1)
    addi s1, s1, 4
    j 1b
2:  li s3, 0
3:  WAIT P_ALL, zero, WEXITED
    bnez a0, 4f
    addi s3, s3, 1
    j 3b
4:  mv a0, s3
    lw ra, 12(sp)
    lw s1, 8(sp)
    lw s3, 4(sp)
    addi sp, sp, 16
    ret

    .include "print.inc"
    .balign 8
forever:    .word 0x7fffffff, 0, 0, 0

    .data
    .balign 4
info:   .space 128
pids:   .space 4 * 20
