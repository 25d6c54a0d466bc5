# yield.S: /bench/yield [N]: forks, then parent and child each call sched_yield(2) N times
# (default 0); the parent waits for the child and exits 0. With the two the only runnable
# processes, every yield is a switch to the other: the instructions of a run with N, less those
# of a run with none, over 2N, are one yield, one context switch and the loop's four
# instructions (os/bench/os-benchmark.sh).

    .include "syscalls.inc"
    .include "linux.inc"

    .text
# main(a0 argc, a1 argv) -> a0: 0; 2 if N is not a number; 1 if fork or wait failed.
#   s0 the yields left, s1 the child's pid (0 in the child).
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    li s0, 0
    li t0, 2
    blt a0, t0, .Lfork              # no N: no yields
    lw a0, 4(a1)
    call atou
    bltz a0, .Lusage
    mv s0, a0
.Lfork:
    li a0, SIGCHLD                  # clone as fork(2) makes it
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a7, SYS_clone
    ecall
    bltz a0, .Lfailed
    mv s1, a0
.Lyield:
    beqz s0, .Lyielded
    li a7, SYS_sched_yield
    ecall
    addi s0, s0, -1
    j .Lyield
.Lyielded:
    beqz s1, .Lchild
    li a0, P_PID                    # the parent reaps the child
    mv a1, s1
    li a2, 0
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    bltz a0, .Lfailed
.Lchild:
    li a0, 0
    j .Lout
.Lusage:
    li a0, 2
    j .Lout
.Lfailed:
    li a0, 1
.Lout:
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
