# threadbomb.S: /test/threadbomb starts threads (thread.S), each a page of stack waiting on one
# futex word, until starting one fails; it prints how many it started and which call failed with
# which error (clone: EAGAIN when the kernel's table of threads is full, ENOMEM when memory is;
# mmap2 if memory ran out for a stack first), then lets them all go, joins them and exits 0. It
# shows that running out of threads or memory is an error for the program that asked, and that
# the kernel goes on. Stops at MAX_THREADS (status 1) if nothing ever fails.

    .include "runtime.inc"

.equ MAX_THREADS, 8192
.equ STACK_SIZE, PAGE_SIZE

    .section .rodata
started:    .asciz "threadbomb: %u threads started, then %s: %s\n"
joined:     .asciz "threadbomb: all %u threads joined\n"
never:      .asciz "threadbomb: %u threads started and none failed\n"

    .bss
    .balign 4
stop:       .zero 4             # 1: the threads may end
threads:    .zero 4 * MAX_THREADS

    .text
# wait_for_stop(a0 unused) -> a0: 0 once stop is 1. Clobbers a-, t-registers. Sleeps.
    .type wait_for_stop, @function
wait_for_stop:
    addi sp, sp, -16
    sw ra, 12(sp)
1:  la a0, stop
    lw t0, 0(a0)
    bnez t0, 2f
    li a1, FUTEX_WAIT_PRIVATE
    li a2, 0
    li a3, 0
    li a4, 0
    li a5, 0
    call futex
    j 1b
2:  li a0, 0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
    .size wait_for_stop, . - wait_for_stop

# main() -> a0: 0 once the threads that could start have all ended, 1 if none failed to start.
#   s0 the next thread's slot, s1 the threads started, s2 the exit status, s3 threads to join.
    .globl main
    .type main, @function
main:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    la s0, threads
    li s1, 0
1:  li t0, MAX_THREADS
    beq s1, t0, 3f
    la a0, wait_for_stop
    li a1, 0
    li a2, STACK_SIZE
    call thread_start
    bltz a0, 2f
    sw a0, 0(s0)
    addi s0, s0, 4
    addi s1, s1, 1
    j 1b
2:  mv s2, a1                   # the failed call's name
    call strerror
    mv a4, a0
    mv a3, s2
    mv a2, s1
    li a0, STDOUT
    la a1, started
    call fdprintf
    li s2, 0
    j 4f
3:  li a0, STDOUT
    la a1, never
    mv a2, s1
    call fdprintf
    li s2, 1
4:  la a0, stop                 # let them all go
    li t0, 1
    sw t0, 0(a0)
    li a1, FUTEX_WAKE_PRIVATE
    li a2, 0x7fffffff
    call futex
    mv s3, s1
5:  beqz s3, 6f                 # join them, the last started first
    addi s0, s0, -4
    addi s3, s3, -1
    lw a0, 0(s0)
    call thread_join
    j 5b
6:  li a0, STDOUT
    la a1, joined
    mv a2, s1
    call fdprintf
    mv a0, s2
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret
    .size main, . - main
