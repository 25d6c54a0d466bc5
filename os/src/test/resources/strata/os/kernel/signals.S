# signals.S: signal handlers, masks and sigreturn from user space, a plain Linux riscv32 program:
# KernelTest runs it as init (Strata and QEMU's virt board), SignalsTest under qemu-riscv32 too,
# and the lines it prints must be the same. Every case that may end a process runs in a child,
# so that init's immunity to signals plays no part; the parent prints how each child ended.

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

# RAISE sig: kill(getpid(), sig) into a0. Leaves t3 alone.
    .macro RAISE sig
    li a7, SYS_getpid
    ecall
    li a1, \sig
    li a7, SYS_kill
    ecall
    .endm

# MASK how, set: rt_sigprocmask(how, set, &oldset, 8) into a0.
    .macro MASK how, set
    li a0, \how
    la a1, \set
    la a2, oldset
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    .endm

# CHILD label: forks; the child runs label (which exits), the parent waits and prints its end.
    .macro CHILD label
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
    call wait_child
    .endm

# EXIT code: exit_group(code).
    .macro EXIT code
    li a0, \code
    li a7, SYS_exit_group
    ecall
    .endm

    .text
    .globl _start
_start:
    # The calls' errors.
    SIGACTION SIGKILL, count_handler, 0
    SHOW "rt_sigaction SIGKILL", a0
    SIGACTION 0, count_handler, 0
    SHOW "rt_sigaction 0", a0
    SIGACTION 65, count_handler, 0
    SHOW "rt_sigaction 65", a0
    li a0, SIGINT
    la a1, act
    li a2, 0
    li a3, 4
    li a7, SYS_rt_sigaction
    ecall
    SHOW "rt_sigaction sigsetsize 4", a0
    li a0, SIGINT
    li a1, 16
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigaction
    ecall
    SHOW "rt_sigaction bad act", a0
    li a0, SIGKILL
    li a1, 0
    la a2, act
    li a3, 8
    li a7, SYS_rt_sigaction
    ecall
    SHOW "rt_sigaction SIGKILL, only the old", a0
    SIGACTION SIGINT, count_handler, SA_NODEFER
    li a0, SIGINT
    li a1, 0
    la a2, act
    li a3, 8
    li a7, SYS_rt_sigaction
    ecall
    SHOW "rt_sigaction old", a0
    la t0, count_handler
    lw t1, act
    sub t0, t1, t0
    seqz t0, t0
    SHOW "old handler is the one set", t0
    lw t0, act + 4
    SHOW "old flags", t0
    li a0, 7
    la a1, all
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    SHOW "rt_sigprocmask how 7", a0
    li a0, SIG_BLOCK
    li a1, 16
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    SHOW "rt_sigprocmask bad set", a0
    li a0, SIG_BLOCK
    li a1, 0
    li a2, 16
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    SHOW "rt_sigprocmask bad oldset", a0
    MASK SIG_BLOCK, all
    MASK SIG_SETMASK, none
    SHOW "rt_sigprocmask", a0
    lw t0, oldset
    SHOW "all blocked but SIGKILL and SIGSTOP", t0

    CHILD count_child
    CHILD mask_child
    CHILD reset_child
    CHILD segv_child
    CHILD bad_frame_child

    SIGACTION SIGUSR1, flag_handler, 0     # the sleeping child inherits it
    li t0, 1
    sw t0, sleeping, t1
    CHILD sleep_child
    EXIT 0

# count_child: SIGINT three times at itself (kill, kill, tgkill); the handler counts, and what it
# clobbers (t3) comes back with sigreturn. Exits with the count.
count_child:
    SIGACTION SIGINT, count_handler, 0
    li s2, 2
count_loop:
    li t3, 777
    RAISE SIGINT
    mv s3, t3
    SHOW "kill", a0
    SHOW "t3 after the handler", s3
    lw t0, count
    SHOW "count", t0
    addi s2, s2, -1
    bnez s2, count_loop
    li a7, SYS_getpid
    ecall
    mv s2, a0
    li a7, SYS_gettid
    ecall
    mv a1, a0
    mv a0, s2
    li a2, SIGINT
    li a7, SYS_tgkill
    ecall
    SHOW "tgkill", a0
    lw t0, count
    SHOW "count", t0
    lw a0, count
    li a7, SYS_exit_group
    ecall

count_handler:
    addi sp, sp, -16
    sw ra, 12(sp)
    SHOW "handler: signal", a0
    la t0, count
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    li t3, 0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# mask_child: a blocked SIGUSR1 waits until it is unblocked; in the handler it is blocked.
mask_child:
    SIGACTION SIGUSR1, flag_handler, 0
    MASK SIG_BLOCK, usr1
    RAISE SIGUSR1
    SHOW "kill while blocked", a0
    lw t0, flag
    SHOW "handled while blocked", t0
    MASK SIG_UNBLOCK, usr1
    SHOW "unblock", a0
    lw t0, flag
    SHOW "handled after unblocking", t0
    lw t0, mask_in_handler
    SHOW "mask in the handler", t0
    lw t0, oldset
    SHOW "mask before unblocking", t0
    EXIT 0

flag_handler:
    li t0, 1
    sw t0, flag, t1
    li a0, SIG_BLOCK
    li a1, 0
    la a2, mask_in_handler
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    ret

# reset_child: SA_RESETHAND: the first SIGUSR2 is handled, the second ends it.
reset_child:
    SIGACTION SIGUSR2, reset_handler, SA_RESETHAND
    RAISE SIGUSR2
    SHOW "after the first SIGUSR2", a0
    RAISE SIGUSR2
    SHOW "after the second SIGUSR2 (not reached)", a0
    EXIT 0

reset_handler:
    addi sp, sp, -16
    sw ra, 12(sp)
    SHOW "reset handler: signal", a0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# segv_child: a store to page 0 goes to the SIGSEGV handler, which exits 42.
segv_child:
    SIGACTION SIGSEGV, segv_handler, SA_SIGINFO
    sw zero, 0(zero)
    EXIT 1

segv_handler:
    lw t0, SI_SIGNO(a1)
    SHOW "SIGSEGV handler: si_signo", t0
    EXIT 42

# bad_frame_child: rt_sigreturn with no frame at sp: SIGSEGV ends it.
bad_frame_child:
    li sp, 16
    li a7, SYS_rt_sigreturn
    ecall
    EXIT 1

# sleep_child: a 10 s sleep that its parent's SIGUSR1 ends early.
sleep_child:
    li a0, CLOCK_MONOTONIC
    li a1, 0
    la a2, ten_seconds
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    SHOW "clock_nanosleep", a0
    lw t0, flag
    SHOW "handled", t0
    EXIT 0

# wait_child: s1 = a child. Every 50 ms until it has ended, sends it SIGUSR1 if it is the sleeping
# one (`sleeping` set): a signal that comes before its sleep begins (a slow start on a loaded
# host) only runs the handler, so the next one is what ends the sleep. Then prints how it ended.
wait_child:
    addi sp, sp, -16
    sw ra, 12(sp)
1:  li a0, CLOCK_MONOTONIC
    li a1, 0
    la a2, fifty_ms
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    lw t0, sleeping
    beqz t0, 2f
    mv a0, s1
    li a1, SIGUSR1
    li a7, SYS_kill
    ecall
2:  li a0, P_PID
    mv a1, s1
    la a2, info
    li a3, WEXITED | WNOHANG
    li a4, 0
    li a7, SYS_waitid
    ecall
    lw t0, info + SI_PID                # 0: still running (WNOHANG)
    beqz t0, 1b
    lw t0, info + SI_CODE
    SHOW "child si_code", t0
    lw t0, info + SI_STATUS
    SHOW "child si_status", t0
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

    .include "print.inc"
    .balign 8
all:    .word -1, -1
none:   .word 0, 0
usr1:   .word 1 << (SIGUSR1 - 1), 0
ten_seconds: .word 10, 0, 0, 0
fifty_ms:    .word 0, 0, 50000000, 0

    .data
    .balign 8
act:    .space 16
oldset: .space 8
mask_in_handler: .space 8
info:   .space 128
count:  .word 0
flag:   .word 0
sleeping: .word 0
