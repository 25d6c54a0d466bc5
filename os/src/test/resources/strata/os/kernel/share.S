# share.S: what threads share and how signals reach a process, a plain Linux riscv32 program:
# KernelTest runs it as init (Strata and QEMU's virt board), SharingTest under qemu-riscv32 too,
# and the lines it prints must be the same. Threads made with CLONE_FILES share one descriptor
# table (a pipe one opens, another reads; a close in one is a close in all), a thread without
# it has a copy; kill goes to a thread of the process that does not block the signal, tgkill to
# the one named; siginfo says who sent what (SI_USER, SI_TKILL, SEGV_MAPERR and SEGV_ACCERR with
# the address, CLD_EXITED with the child and its code); SIGCHLD's handler runs when a child
# ends, and SA_NOCLDWAIT or SIG_IGN make children reap themselves; a fatal signal that one
# thread does not block ends the whole process; SA_RESTART restarts an interrupted futex wait;
# kill checks the process before the signal.

    .include "syscalls.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

    .equ THREAD_FLAGS, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID
    .equ UNSHARED_FLAGS, THREAD_FLAGS & ~CLONE_FILES
    .equ UC_PC, 160                     # ucontext's uc_mcontext.sc_regs.pc

# SYS n, a0..a3: the system call n with those arguments (registers or numbers) into a0.
    .macro SYS n, x0=zero, x1=zero, x2=zero, x3=zero
    mv a0, \x0
    mv a1, \x1
    mv a2, \x2
    mv a3, \x3
    li a7, \n
    ecall
    .endm

# SIGACTION sig, handler, flags: rt_sigaction(sig, &act, 0, 8), act = {handler, flags, no mask}.
# DISPOSITION does the same with SIG_DFL or SIG_IGN for the handler.
    .macro SIGACTION sig, handler, flags
    la t1, \handler
    SET_ACTION \sig, \flags
    .endm

    .macro DISPOSITION sig, value, flags
    li t1, \value
    SET_ACTION \sig, \flags
    .endm

    .macro SET_ACTION sig, flags
    la t0, act
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

# MASK how, set: rt_sigprocmask(how, &set, 0, 8).
    .macro MASK how, set
    li a0, \how
    la a1, \set
    li a2, 0
    li a3, 8
    li a7, SYS_rt_sigprocmask
    ecall
    .endm

# WAITID idtype, id: waitid(idtype, id, &info, WEXITED, 0) into a0.
    .macro WAITID idtype, id
    li a0, \idtype
    mv a1, \id
    la a2, info
    li a3, WEXITED
    li a4, 0
    li a7, SYS_waitid
    ecall
    .endm

# SAME label, a, b: prints "label: 1" when the registers are equal, else "label: 0".
    .macro SAME label, a, b
    sub t0, \a, \b
    seqz t0, t0
    SHOW "\label", t0
    .endm

    .text
    .globl _start
_start:
    li a7, SYS_getpid
    ecall
    mv s0, a0                           # s0: the process id
    li a7, SYS_gettid
    ecall
    mv s1, a0                           # s1: the main thread's id

    # CLONE_FILES: the table is one.
    la a0, open_pipe
    li a1, THREAD_FLAGS
    call run_thread
    lw a0, fds + 4                      # the thread's descriptors are ours: close its write end
    li a7, SYS_close
    ecall
    SHOW "close in the main thread of the thread's write end", a0
    lw a0, fds
    la a1, buffer
    li a2, 16
    li a7, SYS_read
    ecall
    SHOW "bytes read in the main thread from the thread's pipe", a0
    lw a0, fds
    la a1, buffer
    li a2, 16
    li a7, SYS_read
    ecall
    SHOW "then end of file (no writer is left anywhere)", a0
    la a0, close_read_end
    li a1, THREAD_FLAGS
    call run_thread
    lw a0, fds
    li a1, F_GETFD
    li a7, SYS_fcntl64
    ecall
    SHOW "fcntl in the main thread after the thread closed it", a0

    # Without CLONE_FILES: a copy.
    la a0, fds
    li a1, 0
    li a7, SYS_pipe2
    ecall
    SHOW "pipe2 in the main thread", a0
    la a0, close_read_end
    li a1, UNSHARED_FLAGS
    call run_thread
    sgtz t0, a0
    SHOW "a thread without CLONE_FILES started", t0
    lw a0, fds
    li a1, F_GETFD
    li a7, SYS_fcntl64
    ecall
    SHOW "fcntl after a thread without CLONE_FILES closed its copy", a0
    la a0, open_pipe
    li a1, UNSHARED_FLAGS
    call run_thread
    lw a0, fds + 8
    li a1, F_GETFD
    li a7, SYS_fcntl64
    ecall
    SHOW "fcntl on a descriptor only that thread opened", a0

    # kill: the thread that does not block the signal takes it.
    SIGACTION SIGUSR1, record, SA_SIGINFO
    MASK SIG_BLOCK, usr1
    la a0, take_usr1
    li a1, THREAD_FLAGS
    call run_thread
    mv s2, a0                           # s2: that thread's id
    lw t0, taker
    SAME "kill went to the thread that does not block it", t0, s2
    lw t0, info + SI_SIGNO
    SHOW "si_signo", t0
    lw t0, info + SI_CODE
    SHOW "si_code (SI_USER)", t0
    lw t0, info + SI_PID
    SAME "si_pid is the sender", t0, s0
    MASK SIG_UNBLOCK, usr1

    # tgkill: the thread named.
    SIGACTION SIGUSR2, record, SA_SIGINFO
    li a7, SYS_tgkill
    mv a0, s0
    mv a1, s1
    li a2, SIGUSR2
    ecall
    SHOW "tgkill", a0
    lw t0, taker
    SAME "tgkill went to the thread named", t0, s1
    lw t0, info + SI_CODE
    SHOW "si_code (SI_TKILL)", t0
    lw t0, info + SI_PID
    SAME "si_pid is the sender", t0, s0

    # Faults: si_addr, and whether anything was mapped there.
    SIGACTION SIGSEGV, skip_fault, SA_SIGINFO
    li t1, 0x10
    lw t0, 0(t1)
    lw t0, info + SI_CODE
    SHOW "load from 0x10: si_code (SEGV_MAPERR)", t0
    lw t0, info + SI_PID
    li t1, 0x10
    SAME "si_addr is 0x10", t0, t1
    la t1, _start
    sw zero, 0(t1)
    lw t0, info + SI_CODE
    SHOW "store into the program's text: si_code (SEGV_ACCERR)", t0
    lw t0, info + SI_PID
    la t1, _start
    SAME "si_addr is the text's", t0, t1

    # SIGCHLD: its handler runs when a child ends, with the child's siginfo.
    SIGACTION SIGCHLD, record, SA_SIGINFO
    sw zero, taker, t0
    FORK
    bnez a0, 1f
    li a0, 7
    li a7, SYS_exit
    ecall
1:  mv s2, a0                           # s2: the child
    WAITID P_PID, s2
    SHOW "waitid with a SIGCHLD handler", a0
    lw t0, taker
    SAME "the SIGCHLD handler ran in the main thread", t0, s1
    lw t0, handled + SI_CODE
    SHOW "its si_code (CLD_EXITED)", t0
    lw t0, handled + SI_STATUS
    SHOW "its si_status", t0
    lw t0, handled + SI_PID
    SAME "its si_pid is the child", t0, s2

    # SA_NOCLDWAIT, SIG_IGN: children reap themselves; waitid waits for them all, then ECHILD.
    DISPOSITION SIGCHLD, SIG_DFL, SA_NOCLDWAIT
    FORK
    bnez a0, 1f
    li a7, SYS_exit
    ecall
1:  WAITID P_ALL, zero
    SHOW "waitid with SA_NOCLDWAIT", a0
    DISPOSITION SIGCHLD, SIG_IGN, 0
    FORK
    bnez a0, 1f
    li a7, SYS_exit
    ecall
1:  WAITID P_ALL, zero
    SHOW "waitid with SIGCHLD ignored", a0
    DISPOSITION SIGCHLD, SIG_DFL, 0

    # A fatal signal the main thread blocks, another thread does not: the process ends.
    FORK
    bnez a0, 1f
    MASK SIG_BLOCK, term
    la a0, wait_forever
    li a1, THREAD_FLAGS
    call start_thread
    la a0, futex_word
    li a1, FUTEX_WAIT
    li a2, 0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    li a0, 99                           # (not reached)
    li a7, SYS_exit_group
    ecall
1:  mv s2, a0
    li a7, SYS_kill
    mv a0, s2
    li a1, SIGTERM
    ecall
    WAITID P_PID, s2
    lw t0, info + SI_CODE
    SHOW "the child's main thread blocks SIGTERM: si_code (CLD_KILLED)", t0
    lw t0, info + SI_STATUS
    SHOW "si_status", t0

    # SA_RESTART: a futex wait a handler interrupts starts again (and finds the word changed by
    # the handler: EAGAIN); without it, EINTR.
    SIGACTION SIGUSR1, set_word, SA_RESTART
    la a0, signal_main
    li a1, THREAD_FLAGS
    call start_thread
    la a0, futex_word
    li a1, FUTEX_WAIT
    li a2, 0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    SHOW "futex wait interrupted, the handler has SA_RESTART", a0
    call join_thread
    sw zero, futex_word, t0
    SIGACTION SIGUSR1, set_word, 0
    la a0, signal_main
    li a1, THREAD_FLAGS
    call start_thread
    la a0, futex_word
    li a1, FUTEX_WAIT
    li a2, 0
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    SHOW "futex wait interrupted, the handler without SA_RESTART", a0
    call join_thread

    # The order of kill's checks.
    li a7, SYS_kill
    li a0, 0x7fffffff
    li a1, 1000
    ecall
    SHOW "kill(no such process, 1000)", a0
    li a7, SYS_kill
    mv a0, s0
    li a1, 1000
    ecall
    SHOW "kill(getpid(), 1000)", a0
    li a7, SYS_tgkill
    mv a0, s0
    mv a1, s1
    li a2, 1000
    ecall
    SHOW "tgkill(getpid(), gettid(), 1000)", a0
    li a7, SYS_tgkill
    mv a0, s0
    li a1, 0x7fffffff
    li a2, 1000
    ecall
    SHOW "tgkill(getpid(), no such thread, 1000)", a0

    li a0, 5
    li a7, SYS_exit_group
    ecall

# start_thread: a0 = a function, a1 = clone's flags. Starts a thread that calls the function on a
# stack of its own and ends with exit(0). Returns a0 = its id; tid holds it until it ends.
start_thread:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s5, 8(sp)
    sw s6, 4(sp)
    mv s5, a0                           # (the thread has the same s5)
    mv s6, a1
    li a0, 0
    li a1, 65536
    li a2, 3
    li a3, 0x22
    li a4, -1
    li a5, 0
    li a7, SYS_mmap2
    ecall
    li t0, 65536
    add a1, a0, t0
    mv a0, s6
    la a2, tid
    li a3, 0
    la a4, tid
    li a7, SYS_clone
    ecall
    beqz a0, 1f
    lw ra, 12(sp)
    lw s5, 8(sp)
    lw s6, 4(sp)
    addi sp, sp, 16
    ret
1:  jalr s5
    li a0, 0
    li a7, SYS_exit
    ecall

# run_thread: as start_thread, then waits for the thread to end (join_thread). Returns a0 =
# its id.
run_thread:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s7, 8(sp)
    call start_thread
    mv s7, a0
    call join_thread
    mv a0, s7
    lw ra, 12(sp)
    lw s7, 8(sp)
    addi sp, sp, 16
    ret

# join_thread: waits for the thread start_thread started to end, on the futex the kernel clears
# with CLONE_CHILD_CLEARTID, as pthread_join.
join_thread:
1:  lw a2, tid
    beqz a2, 2f
    la a0, tid
    li a1, FUTEX_WAIT
    li a3, 0
    li a7, SYS_futex_time64
    ecall
    j 1b
2:  ret

# Threads' functions.
open_pipe:                              # a pipe into fds (a new one at fds + 8 after the first)
    la a0, fds
    lw t0, 0(a0)
    beqz t0, 1f
    addi a0, a0, 8
1:  li a1, 0
    li a7, SYS_pipe2
    ecall
    lw a0, fds + 4
    la a1, message
    li a2, 6
    li a7, SYS_write
    ecall
    ret

close_read_end:
    lw a0, fds
    li a7, SYS_close
    ecall
    ret

take_usr1:                              # unblocks SIGUSR1 and waits until a handler ran here
    addi sp, sp, -16
    sw ra, 12(sp)
    MASK SIG_UNBLOCK, usr1
    li a7, SYS_getpid
    ecall
    li a1, SIGUSR1
    li a7, SYS_kill
    ecall
1:  lw t0, taker
    bnez t0, 2f
    li a7, SYS_sched_yield
    ecall
    j 1b
2:  lw ra, 12(sp)
    addi sp, sp, 16
    ret

signal_main:                            # after 50 ms, SIGUSR1 to the main thread (s0, s1: its ids)
    li a0, CLOCK_MONOTONIC
    li a1, 0
    la a2, fifty_ms
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    mv a0, s0
    mv a1, s1
    li a2, SIGUSR1
    li a7, SYS_tgkill
    ecall
    ret

set_word:                               # a handler: futex_word = 1
    li t0, 1
    sw t0, futex_word, t1
    ret

wait_forever:
    MASK SIG_UNBLOCK, term
1:  li a7, SYS_sched_yield
    ecall
    j 1b

# record: a handler (SA_SIGINFO) that keeps the siginfo in info (SIGCHLD's in handled) and the
# thread's id in taker.
record:
    mv t2, a0
    la t0, info
    li t1, SIGCHLD
    bne a0, t1, 1f
    la t0, handled
1:  addi t1, t0, 24
2:  lw t3, 0(a1)
    sw t3, 0(t0)
    addi a1, a1, 4
    addi t0, t0, 4
    bltu t0, t1, 2b
    li a7, SYS_gettid
    ecall
    sw a0, taker, t0
    ret

# skip_fault: a SIGSEGV handler (SA_SIGINFO) that keeps the siginfo and returns past the
# instruction that faulted.
skip_fault:
    la t0, info
    addi t1, t0, 24
1:  lw t3, 0(a1)
    sw t3, 0(t0)
    addi a1, a1, 4
    addi t0, t0, 4
    bltu t0, t1, 1b
    lw t0, UC_PC(a2)
    addi t0, t0, 4
    sw t0, UC_PC(a2)
    ret

    .include "print.inc"
message: .ascii "shared"
    .balign 8
usr1:   .word 1 << (SIGUSR1 - 1), 0
term:   .word 1 << (SIGTERM - 1), 0
fifty_ms: .word 0, 0, 50000000, 0

    .data
    .balign 8
act:    .space 16
fds:    .word 0, 0, 0, 0
tid:    .word 0
taker:  .word 0
futex_word: .word 0
info:   .space 24
handled: .space 24
buffer: .space 16
