# signals-sleep.S: a signal with a handler ends a sleeping system call with -EINTR: a console
# read with nothing typed, a futex wait, a waitid; a blocked signal does not end a sleep. Run as
# init by KernelTest (Strata and QEMU's virt board with the Strata kernel). Every sleeper is a
# child; the parent sends SIGUSR1 once the child sleeps (50 ms later: time is deterministic on
# Strata, and far more than the child needs on QEMU).

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"

# SIGACTION sig, handler, flags: rt_sigaction(sig, &act, 0, 8), act = {handler, flags, no mask}.
    .macro SIGACTION sig, handler, flags
    la t0, act
    la t1, \handler
    sw t1, 0(t0)
    li t1, \flags
    sw t1, 4(t0)
    sw zero, 8(t0)
    sw zero, 12(t0)
    li a0, \sig
    la a1, act
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigaction
    ecall
    .endm

# EXIT code: exit_group(code).
    .macro EXIT code
    li a0, \code
    li a7, SYS_exit_group
    ecall
    .endm

# FORK label: clone(SIGCHLD); the child goes to label, the parent goes on with s1 = the child.
    .macro FORK label
    li a0, SIGCHLD
    li a1, 0
    li a2, 0
    li a3, 0
    li a4, 0
    li a7, SYS_clone
    ecall
    bnez a0, 1f
    j \label
1:  mv s1, a0
    .endm

# NAP time: clock_nanosleep_time64(CLOCK_MONOTONIC, 0, &time, 0) into a0.
    .macro NAP time
    li a0, CLOCK_MONOTONIC
    li a1, 0
    la a2, \time
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    .endm

# USR1 pid: kill(pid, SIGUSR1); pid is a register.
    .macro USR1 pid
    mv a0, \pid
    li a1, SIGUSR1
    li a7, SYS_kill
    ecall
    .endm

    .text
    .globl _start
_start:
    SIGACTION SIGUSR1, handler, 0       # the children inherit it
    FORK read_child
    call interrupt_and_wait
    FORK futex_child
    call interrupt_and_wait
    FORK blocked_child
    call interrupt_and_wait
    FORK wake_parent_child
    call wait_for_s1
    SHOW "waitid while the child signals", a0
    call wait_for_s1
    SHOW "waitid again", a0
    lw t0, handled
    SHOW "handled in init", t0
    EXIT 0

read_child:
    li a0, 0
    la a1, buffer
    li a2, 16
    li a7, SYS_read
    ecall
    SHOW "read", a0
    lw t0, handled
    SHOW "handled", t0
    EXIT 0

futex_child:
    la a0, word
    li a1, FUTEX_WAIT
    li a2, 0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    SHOW "futex wait", a0
    lw t0, handled
    SHOW "handled", t0
    EXIT 0

blocked_child:
    li a0, SIG_BLOCK
    la a1, usr1
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    NAP hundred_ms
    SHOW "sleep with SIGUSR1 blocked", a0
    lw t0, handled
    SHOW "handled while blocked", t0
    li a0, SIG_UNBLOCK
    la a1, usr1
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    lw t0, handled
    SHOW "handled after unblocking", t0
    EXIT 0

wake_parent_child:
    NAP fifty_ms
    li a7, SYS_getppid
    ecall
    mv s2, a0
    USR1 s2
    NAP fifty_ms
    EXIT 3

handler:
    la t0, handled
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    ret

# interrupt_and_wait: s1 = a child. Sends it SIGUSR1 50 ms from now, waits for it, prints its end.
interrupt_and_wait:
    addi sp, sp, -16
    sw ra, 12(sp)
    NAP fifty_ms
    USR1 s1
    call wait_for_s1
    SHOW "waitid", a0
    lw t0, info + SI_CODE
    SHOW "child si_code", t0
    lw t0, info + SI_STATUS
    SHOW "child si_status", t0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# wait_for_s1: waitid(P_PID, s1, &info, WEXITED, 0) into a0.
wait_for_s1:
    li a0, P_PID
    mv a1, s1
    la a2, info
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    ret

    .include "print.inc"
    .balign 8
usr1:   .word 1 << (SIGUSR1 - 1), 0
fifty_ms:   .word 0, 0, 50000000, 0
hundred_ms: .word 0, 0, 100000000, 0

    .data
    .balign 8
act:    .space 16
info:   .space 128
buffer: .space 16
word:   .word 0
handled: .word 0
