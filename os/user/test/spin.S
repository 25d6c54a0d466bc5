# spin.S: /test/spin NAME N: a CPU-bound loop that prints "NAME i" after each of N rounds of
# SPIN_ROUND iterations of pure computation (no system call between two lines). Two of them run
# together interleave their lines only if the kernel preempts a program that never gives the
# processor up. The lines go to standard error, so that in a pipeline, the only way the shell
# runs two programs at once, both reach the console: `spin a 20 | spin b 20 | ps` shows the
# interleaving, and ps, started with them, lists both. Status 0; a bad argument: usage, 2.

    .include "runtime.inc"

.equ SPIN_ROUND, 1 << 20        # iterations between two lines: about 2 million instructions

    .section .rodata
line:       .asciz "%s %u\n"
usage:      .asciz "usage: %s NAME N\n"

    .text
# main(a0 argc, a1 argv) -> a0: 0, or 2 for a bad command line.
#   s0 NAME, s1 N, s2 the round being run (1..N).
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    li t0, 3
    bne a0, t0, 3f
    lw s0, 4(a1)
    lw a0, 8(a1)
    call atou
    bltz a0, 3f
    mv s1, a0
    li s2, 1
1:  bgtu s2, s1, 2f
    li t0, SPIN_ROUND           # the work: a loop the compiler of a real program would keep
    li t1, 0
4:  add t1, t1, t0
    addi t0, t0, -1
    bnez t0, 4b
    li a0, STDERR
    la a1, line
    mv a2, s0
    mv a3, s2
    call fdprintf
    addi s2, s2, 1
    j 1b
2:  li a0, 0
    j 5f
3:  li a0, STDERR
    la a1, usage
    la t0, progname
    lw a2, 0(t0)
    call fdprintf
    li a0, 2
5:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
