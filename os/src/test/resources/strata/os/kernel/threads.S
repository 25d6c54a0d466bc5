# threads.S: threads and futexes from user space, run as init by KernelTest: a thread made with
# pthread_create's clone flags shares memory with the main thread (both add to one counter with
# amoadd, preempted in between), has its own tid and the tls given, and ends with exit; the main
# thread waits for it on the futex the kernel clears (CLONE_CHILD_CLEARTID), as pthread_join
# does. Then futex errors and a timeout, and exit_group ending a thread that never stops.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .equ THREAD_FLAGS, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID
    .equ FUTEX_PRIVATE, 128
    .equ ROUNDS, 200000
    .equ TLS, 0x12345678

# FUTEX addr, op, val, timeout: futex_time64 into a0 (addr and timeout are labels or numbers).
    .macro FUTEX addr, op, val, timeout
    la a0, \addr
    li a1, \op
    li a2, \val
    la a3, \timeout
    li a7, SYS_futex_time64
    ecall
    .endm

    .text
    .globl _start
_start:
    li a7, SYS_getpid
    ecall
    mv s0, a0                           # s0: the process id
    li a0, CLONE_VM | SIGCHLD
    li a1, 0
    li a7, SYS_clone
    ecall
    SHOW "clone CLONE_VM without CLONE_THREAD", a0

    li a0, 0                            # the thread's stack
    li a1, 65536
    li a2, 3
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    li t0, 65536
    add a1, a0, t0
    li a0, THREAD_FLAGS
    la a2, ptid
    li a3, TLS
    la a4, ctid
    li a7, SYS_clone
    ecall
    beqz a0, thread
    mv s1, a0                           # s1: the thread's id
    sw s1, ctid, t0                     # (the kernel clears it when the thread ends)
    li s2, ROUNDS
1:  la t0, counter
    li t1, 1
    amoadd.w zero, t1, (t0)
    addi s2, s2, -1
    bnez s2, 1b
2:  lw t0, ctid                         # pthread_join: wait while the thread's id is there
    beqz t0, 3f
    la a0, ctid
    li a1, FUTEX_WAIT | FUTEX_PRIVATE
    mv a2, t0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    j 2b
3:  lw t0, counter
    SHOW "the counter (400000 is right)", t0
    lw t0, ptid
    sub t0, t0, s1
    seqz t0, t0
    SHOW "CLONE_PARENT_SETTID wrote the thread's id", t0
    sub t0, s1, s0
    snez t0, t0
    SHOW "the thread's id is not the process's", t0
    lw t0, thread_pid
    sub t0, t0, s0
    seqz t0, t0
    SHOW "getpid in the thread is the process's", t0
    lw t0, thread_tid
    sub t0, t0, s1
    seqz t0, t0
    SHOW "gettid in the thread is its id", t0
    lw t0, thread_tp
    li t1, TLS
    sub t0, t0, t1
    seqz t0, t0
    SHOW "tp in the thread is the tls given", t0

    FUTEX word, FUTEX_WAIT, 1, 0
    SHOW "futex wait on a changed value", a0
    FUTEX word + 1, FUTEX_WAIT, 0, 0
    SHOW "futex wait unaligned", a0
    li a0, 0x80000000
    li a1, FUTEX_WAIT
    li a2, 0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    SHOW "futex wait on the kernel", a0
    FUTEX word, FUTEX_WAIT, 0, ms20
    SHOW "futex wait with a 20 ms timeout", a0
    FUTEX word, FUTEX_WAIT, 0, bad_time
    SHOW "futex wait with tv_nsec 1e9", a0
    FUTEX word, FUTEX_WAKE, 5, 0
    SHOW "futex wake with nobody waiting", a0
    FUTEX word, 5, 0, 0
    SHOW "futex operation 5", a0

    li a0, 0                            # a thread that never stops, ended by exit_group
    li a1, 65536
    li a2, 3
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    li t0, 65536
    add a1, a0, t0
    li a0, CLONE_VM | CLONE_SIGHAND | CLONE_THREAD
    li a7, SYS_clone
    ecall
    bnez a0, 4f
5:  j 5b
4:  li a7, SYS_sched_yield
    ecall
    li a0, 5
    li a7, SYS_exit_group
    ecall

thread:
    li a7, SYS_getpid
    ecall
    sw a0, thread_pid, t0
    li a7, SYS_gettid
    ecall
    sw a0, thread_tid, t0
    sw tp, thread_tp, t0
    li s2, ROUNDS
1:  la t0, counter
    li t1, 1
    amoadd.w zero, t1, (t0)
    addi s2, s2, -1
    bnez s2, 1b
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"
    .balign 8
ms20:       .word 0, 0, 20000000, 0
bad_time:   .word 0, 0, 1000000000, 0

    .data
    .balign 8
counter:    .word 0
ptid:       .word 0
ctid:       .word 0
word:       .word 0, 0
thread_pid: .word 0
thread_tid: .word 0
thread_tp:  .word 0
info:       .space 128
