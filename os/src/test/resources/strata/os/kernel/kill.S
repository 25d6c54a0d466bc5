# kill.S: kill and getppid from user space, run as init by KernelTest: the errors, signals that
# are ignored, and children ended by a signal from their parent or from themselves, as waitid
# reports them. Only the parent prints, after each wait.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

# KILL pid, sig: kill(pid, sig) into a0; pid is a register.
    .macro KILL pid, sig
    mv a0, \pid
    li a1, \sig
    li a7, SYS_kill
    ecall
    .endm

    .text
    .globl _start
_start:
    li a7, SYS_getpid
    ecall
    mv s0, a0                           # s0: init's pid
    KILL zero, SIGTERM
    SHOW "kill pid 0", a0
    li t0, -1
    KILL t0, SIGTERM
    SHOW "kill pid -1", a0
    li t0, 99
    KILL t0, 0
    SHOW "kill a missing pid", a0
    KILL s0, 0
    SHOW "kill itself with 0", a0
    KILL s0, 65
    SHOW "kill with signal 65", a0
    KILL s0, SIGTERM
    SHOW "init ignores SIGTERM", a0

    FORK                                # a child that reports its parent
    bnez a0, 1f
    li a7, SYS_getppid
    ecall
    li a7, SYS_exit
    ecall
1:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    lw t0, info + SI_STATUS
    sub t0, t0, s0
    seqz t0, t0
    SHOW "the child's getppid is init's pid", t0

    FORK                                # a spinning child, ended by SIGTERM
    bnez a0, 2f
3:  j 3b
2:  mv s1, a0
    KILL s1, SIGSTOP
    SHOW "kill SIGSTOP", a0
    KILL s1, SIGCHLD
    SHOW "kill SIGCHLD", a0
    WAIT P_PID, s1, WEXITED | WNOHANG
    lw t0, info + SI_PID
    SHOW "still running after SIGCHLD: si_pid", t0
    KILL s1, SIGTERM
    SHOW "kill SIGTERM", a0
    WAIT P_PID, s1, WEXITED
    SHOW "waitid", a0
    REPORT
    KILL s1, 0
    SHOW "kill the reaped child", a0

    FORK                                # a child that sends itself SIGUSR1
    bnez a0, 4f
    li a7, SYS_getpid
    ecall
    li a1, SIGUSR1
    li a7, SYS_kill
    ecall
    li a0, 1
    li a7, SYS_exit
    ecall
4:  mv s1, a0
    WAIT P_PID, s1, WEXITED
    SHOW "waitid", a0
    REPORT

    FORK                                # a spinning child ended by SIGKILL, reaped as a zombie
    bnez a0, 5f
6:  j 6b
5:  mv s1, a0
    KILL s1, SIGKILL
    SHOW "kill SIGKILL", a0
    KILL s1, SIGTERM
    SHOW "kill the zombie", a0
    WAIT P_ALL, zero, WEXITED
    SHOW "waitid", a0
    REPORT
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .data
    .balign 4
info:   .space 128
