# costs.S: measures, in instructions retired (the instret counter, readable in U-mode), what a
# system call and a switch between processes cost: 1000 getpid calls, then 1000 sched_yield
# calls while a child does the same, so that each yield switches to the child and back.
# Run on Strata only (KernelCostsTest): QEMU's counters follow the host's clock.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .equ ROUNDS, 1000

    .text
    .globl _start
_start:
    csrr s0, instret
    li s1, ROUNDS
1:  li a7, SYS_getpid
    ecall
    addi s1, s1, -1
    bnez s1, 1b
    csrr t0, instret
    sub t0, t0, s0
    li t1, ROUNDS
    divu t0, t0, t1
    SHOW "getpid round trip", t0

    FORK
    bnez a0, 3f
    li s1, ROUNDS + 10                  # the child: yields as long as the parent measures
2:  li a7, SYS_sched_yield
    ecall
    addi s1, s1, -1
    bnez s1, 2b
    li a0, 0
    li a7, SYS_exit
    ecall
3:  mv s2, a0
    li a7, SYS_sched_yield              # the child has run once: both are in their loops
    ecall
    csrr s0, instret
    li s1, ROUNDS
4:  li a7, SYS_sched_yield
    ecall
    addi s1, s1, -1
    bnez s1, 4b
    csrr t0, instret
    sub t0, t0, s0
    li t1, ROUNDS
    divu t0, t0, t1
    SHOW "sched_yield to the other process and back", t0
    mv s1, s2
    WAIT P_PID, s1, WEXITED
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .data
    .balign 4
info:   .space 128
