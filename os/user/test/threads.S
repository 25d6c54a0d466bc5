# threads.S: /test/threads [N]: N threads (4 if not given, at most MAX_THREADS) each add 1 to a
# shared counter ROUNDS times, under one futex-based lock (thread.S), with a plain load and store,
# so that a lost update would show. The main thread joins them all (by waiting for the kernel to
# clear each one's id word) and prints the total, which must be exactly N * ROUNDS: status 0 if
# it is, 1 if not; a bad argument: usage, 2. It shows clone with the thread flags, futex wait and
# wake, the thread's own exit, and preemption between threads of one address space.

    .include "runtime.inc"

.equ MAX_THREADS, 64
.equ ROUNDS, 10000
.equ STACK_SIZE, 4 * PAGE_SIZE

    .section .rodata
total:      .asciz "threads: %u threads, %u rounds each: total %u\n"
wrong:      .asciz "threads: the total should be %u\n"
failed:     .asciz "threads: %s: %s\n"
usage:      .asciz "usage: %s [N] (N from 1 to 64)\n"

    .bss
    .balign 4
counter:    .zero 4
counter_lock: .zero 4
threads:    .zero 4 * MAX_THREADS

    .text
# add(a0 unused) -> a0: 0. The work of one thread: ROUNDS increments of counter under
# counter_lock. Clobbers a-, t-registers. May sleep.
    .type add, @function
add:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    li s0, ROUNDS
1:  la a0, counter_lock
    call lock
    la t0, counter
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    la a0, counter_lock
    call unlock
    addi s0, s0, -1
    bnez s0, 1b
    li a0, 0
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
    .size add, . - add

# main(a0 argc, a1 argv) -> a0: 0 if the total is right, 1 if not or a thread could not start,
# 2 for a bad command line.
#   s0 N, s1 the next thread's slot, s2 the threads started.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    li s0, 4
    li t0, 2
    blt a0, t0, 1f
    bne a0, t0, 9f
    lw a0, 4(a1)
    call atou
    mv s0, a0
    blez s0, 9f
    li t0, MAX_THREADS
    bgt s0, t0, 9f
1:  la s1, threads
    li s2, 0
2:  beq s2, s0, 3f              # start them all, then join them all
    la a0, add
    li a1, 0
    li a2, STACK_SIZE
    call thread_start
    bltz a0, 8f
    sw a0, 0(s1)
    addi s1, s1, 4
    addi s2, s2, 1
    j 2b
3:  la s1, threads
4:  beqz s2, 5f
    lw a0, 0(s1)
    call thread_join
    addi s1, s1, 4
    addi s2, s2, -1
    j 4b
5:  la t0, counter
    lw a4, 0(t0)
    li a0, STDOUT
    la a1, total
    mv a2, s0
    li a3, ROUNDS
    call fdprintf
    li t0, ROUNDS
    mul a2, s0, t0
    la t0, counter
    lw t1, 0(t0)
    li a0, 0
    beq t1, a2, 10f
    li a0, STDERR
    la a1, wrong
    call fdprintf
    li a0, 1
    j 10f
8:  mv s0, a1                   # a thread could not start: say why, join those that did
    call strerror
    mv a3, a0
    mv a2, s0
    li a0, STDERR
    la a1, failed
    call fdprintf
    la s1, threads
6:  beqz s2, 7f
    lw a0, 0(s1)
    call thread_join
    addi s1, s1, 4
    addi s2, s2, -1
    j 6b
7:  li a0, 1
    j 10f
9:  li a0, STDERR
    la a1, usage
    la t0, progname
    lw a2, 0(t0)
    call fdprintf
    li a0, 2
10: lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
