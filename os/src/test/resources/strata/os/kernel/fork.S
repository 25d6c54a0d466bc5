# fork.S: processes from clone (fork) and waitid, checked from user space: copies of memory,
# exit statuses, a fault in a child, errors, and preemption (a child that never yields must not
# keep a second child from running). Run as init from an initrd by KernelTest, on Strata and QEMU.
# Only the parent prints (after each wait), so the output does not depend on timing.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .text
    .globl _start
_start:
    WAIT P_ALL, zero, WEXITED
    SHOW "waitid without children", a0
    WAIT P_ALL, zero, 0
    SHOW "waitid without WEXITED", a0
    li a0, CLONE_VM | SIGCHLD
    li a1, 0
    li a7, SYS_clone
    ecall
    SHOW "clone with CLONE_VM", a0

    FORK                                # a child that changes its copy of value
    bnez a0, 1f
    li t0, 42
    sw t0, value, t1
    lw a0, value
    addi a0, a0, 1
    li a7, SYS_exit
    ecall
1:  mv s1, a0
    SHOW "fork returned the child", s1
    WAIT P_PID, s1, WEXITED
    SHOW "waitid", a0
    REPORT
    lw t0, value
    SHOW "the parent's value", t0
    WAIT P_PID, s1, WEXITED
    SHOW "waitid for the reaped child", a0

    FORK                                # a child that never yields
    bnez a0, 2f
3:  j 3b
2:  mv s2, a0
    FORK                                # and one that exits at once: it runs only by preemption
    bnez a0, 4f
    li a0, 5
    li a7, SYS_exit
    ecall
4:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    SHOW "waitid beside a spinning child", a0
    REPORT
    mv s1, s2
    WAIT P_PID, s1, WEXITED | WNOHANG
    SHOW "waitid WNOHANG for the spinning child", a0
    lw t0, info + SI_PID
    SHOW "si_pid", t0

    FORK                                # a child that faults
    bnez a0, 5f
    sw zero, 0(zero)
5:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    SHOW "waitid for the faulting child", a0
    REPORT

    li a0, CLONE_PARENT_SETTID | SIGCHLD
    li a1, 0
    la a2, ptid
    li a7, SYS_clone
    ecall
    bnez a0, 6f
    li a0, 0
    li a7, SYS_exit
    ecall
6:  mv s1, a0
    lw t0, ptid
    sub t0, t0, s1
    seqz t0, t0
    SHOW "CLONE_PARENT_SETTID wrote the pid", t0
    WAIT P_ALL, zero, WEXITED
    SHOW "waitid P_ALL", a0
    REPORT
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .data
value:  .word 1
ptid:   .word 0

    .bss
    .balign 4
info:   .space 128
