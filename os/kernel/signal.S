# signal.S: signals, as Linux riscv32 has them: what a process does when one comes
# (rt_sigaction), which a thread holds back (rt_sigprocmask), how one is sent (kill, tgkill, the
# console's ^C, SIGPIPE), its delivery on the way back to user mode, and rt_sigreturn.
#
# State (kernel-layout.inc): each slot has its own pending set and its mask (PCB_SIG_PENDING,
# PCB_SIG_BLOCKED: two words, signal n is bit n - 1), its process's pending set (PCB_SIG_SHARED),
# the 64 actions of its thread group (PCB_SIG_ACTIONS, struct sigaction each) and per signal what
# its siginfo says (PCB_SIG_INFO: si_code, si_pid or si_addr, si_status; the last sender's). The
# group's parts are written in every thread of the group, so they stay the same in all.
# As Linux's complete_signal: a signal sent to a process (kill, SIGCHLD, ^C) becomes pending in
# the process and wakes the thread kill named if it does not block it, else another thread that
# does not; whichever thread unblocks it first takes it. A signal sent to a thread (tgkill, a
# fault, SIGPIPE) is that thread's alone. A fatal signal nobody blocks ends every thread at once.
# Invariants: SIGKILL and SIGSTOP are never blocked, never caught, never ignored; a signal is
# delivered only in user_return (trap.S), on the current thread's own kernel stack.
#
# Delivery builds Linux's struct rt_sigframe on the user stack, 16-byte aligned: siginfo (128
# bytes, SI_*: si_signo, si_errno 0, si_code, si_pid and si_uid 0 or si_addr, si_status for
# SIGCHLD, the rest 0), then struct ucontext with uc_sigmask (the mask to
# restore) and uc_mcontext.sc_regs (pc, x1..x31). The floating-point state there stays zero (the
# kernel keeps no F/D state per process). The handler starts with a0 = the signal, a1 = &siginfo,
# a2 = &ucontext, sp = the frame, ra = the trampoline `li a7, 139; ecall`, which every address
# space has read-only and executable at SIGNAL_TRAMPOLINE (docs/syscalls.md, "Signals").
#
# Routines for the rest of the kernel (contracts below, at each):
#   signal_send(slot, sig)          send a signal to a thread (the files layer's SIGPIPE)
#   signal_process(slot, sig, code, pid, status)   send one to a process (SIGCHLD: proc_make_zombie)
#   signal_console_processes(sig)   ^C: every process but init (no process groups yet)
#   signal_interrupted()            whether a sleep should end with -EINTR
#   signal_fault(frame, sig)        a fault's signal to its handler, if one is installed
#   signal_deliver(frame)           user_return's hook
#   signal_fork, signal_exec, signal_map_trampoline: process life-cycle hooks (proc.S, exec.S)

    .include "machine.inc"
    .include "current.inc"
    .include "errno.inc"
    .include "syscalls.inc"
    .include "kernel-layout.inc"
    .equ UNCATCHABLE, (1 << (SIGKILL - 1)) | (1 << (SIGSTOP - 1))   # in the low word

    .equ DEFAULT_TERM,   0              # sig_default's answers (core dumps: term, as without core files)
    .equ DEFAULT_IGNORE, 1
    .equ DEFAULT_STOP,   2
    .equ SA_MASK_HIGH,  12

    .equ SIGNAL_TRAMPOLINE, USER_STACK_BOTTOM - PAGE_SIZE   # the stack's guard page: never writable
    .equ TRAMPOLINE_SIZE,   8           # signal_trampoline: two instructions

    .equ SF_INFO,       0               # struct rt_sigframe (arch/riscv/kernel/signal.c)
    .equ SF_UC,         128             # struct ucontext (arch/riscv/include/uapi/asm/ucontext.h)
    .equ UC_SIGMASK,    SF_UC + 20
    .equ UC_MCONTEXT,   SF_UC + 160     # after 128 bytes for sigset_t, aligned to 16
    .equ SC_PC,         UC_MCONTEXT     # sc_regs: pc, then x1..x31
    .equ SC_X1,         UC_MCONTEXT + 4
    .equ SC_REGS_END,   UC_MCONTEXT + 128
    .equ SF_SIZE,       SC_REGS_END + 528   # then union __riscv_fp_state (the Q layout's size)
    .equ SF_FRAME,      SF_SIZE + 16        # signal_deliver's and sys_rt_sigreturn's stack: the frame, then ra, s0..s2

    .equ FAULT_CODE,    1               # si_code of every fault but SEGV_ACCERR: SEGV_MAPERR, and
                                        # SIGILL's ILL_ILLOPC, SIGTRAP's TRAP_BRKPT, SIGBUS's BUS_ADRALN
    .equ KEPT_CODE,     0               # a PCB_SIG_INFO entry (SIGINFO_KEPT bytes)
    .equ KEPT_PID,      4
    .equ KEPT_STATUS,   8

    .equ SEND_SLOT,     0               # signal_send_to's frame: the target,
    .equ SEND_SIG,      4               #   the signal,
    .equ SEND_INFO,     8               #   the siginfo's three words,
    .equ SEND_THREAD,   20              #   the thread it goes to, or 0,
    .equ SEND_SHARED,   24              #   whether it is the process's,
    .equ SEND_RA,       28
    .equ SEND_S0,       32
    .equ SEND_FRAME,    48

# SIGBIT sig, off, bit: off = 0 or 4, the word of a 64-bit set that holds signal sig (1..64);
# bit = its bit there.
    .macro SIGBIT sig, off, bit
    addi \off, \sig, -1
    li \bit, 1
    sll \bit, \bit, \off                # sll takes (sig - 1) mod 32
    srli \off, \off, 5
    slli \off, \off, 2
    .endm

# ACTION reg, slot, sig: reg = the address of the slot's struct sigaction for sig.
    .macro ACTION reg, slot, sig
    addi \reg, \sig, -1
    slli \reg, \reg, 4                  # SIGACTION_SIZE
    add \reg, \reg, \slot
    addi \reg, \reg, PCB_SIG_ACTIONS
    .endm

# INFO reg, slot, sig: reg = the address of the slot's PCB_SIG_INFO entry for sig. Clobbers t6.
    .macro INFO reg, slot, sig
    addi \reg, \sig, -1
    slli t6, \reg, 3
    slli \reg, \reg, 2
    add \reg, \reg, t6                  # (sig - 1) * SIGINFO_KEPT
    add \reg, \reg, \slot
    addi \reg, \reg, PCB_SIG_INFO
    .endm

# FRAME reg, slot: reg = the slot's trap frame, at the top of its kernel stack.
    .macro FRAME reg, slot
    lw \reg, PCB_KSTACK(\slot)
    li t6, PAGE_SIZE - TF_SIZE
    add \reg, \reg, t6
    .endm

    .section .text
# sig_default: a0 = a signal. Returns a0 = its default action: DEFAULT_IGNORE (SIGCHLD, SIGCONT,
# SIGURG, SIGWINCH), DEFAULT_STOP (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) or DEFAULT_TERM. Clobbers t0.
sig_default:
    li t0, SIGCHLD
    beq a0, t0, 1f
    li t0, SIGCONT
    beq a0, t0, 1f
    li t0, SIGURG
    beq a0, t0, 1f
    li t0, SIGWINCH
    beq a0, t0, 1f
    li t0, SIGSTOP
    bltu a0, t0, 2f
    li t0, SIGTTOU
    bgtu a0, t0, 2f
    li a0, DEFAULT_STOP
    ret
1:  li a0, DEFAULT_IGNORE
    ret
2:  li a0, DEFAULT_TERM
    ret

# signal_next: a0 = a slot. Returns a0 = its lowest pending signal (its own or its process's)
# that it does not block, or 0. Clobbers t0..t2.
signal_next:
    lw t0, PCB_SIG_PENDING(a0)
    lw t1, PCB_SIG_SHARED(a0)
    or t0, t0, t1
    lw t1, PCB_SIG_BLOCKED(a0)
    not t1, t1
    and t0, t0, t1
    li t2, 1
    bnez t0, 1f
    lw t0, PCB_SIG_PENDING_HIGH(a0)
    lw t1, PCB_SIG_SHARED_HIGH(a0)
    or t0, t0, t1
    lw t1, PCB_SIG_BLOCKED_HIGH(a0)
    not t1, t1
    and t0, t0, t1
    li t2, 33
    beqz t0, 3f
1:  andi t1, t0, 1
    bnez t1, 2f
    srli t0, t0, 1
    addi t2, t2, 1
    j 1b
2:  mv a0, t2
    ret
3:  li a0, 0
    ret

# signal_interrupted: returns a0 = a signal the current thread has pending and does not block
# (non-zero: a sleeping system call should end with -EINTR so it is delivered), or 0.
# Clobbers t0..t2.
    .globl signal_interrupted
signal_interrupted:
    CURRENT a0
    j signal_next

# signal_send: a0 = a thread, a1 = a signal, 1..64. Sends it to that thread (signal_send_to)
# from the current process (SI_USER, si_pid its id; the files layer's SIGPIPE). Returns a0 = 0
# or -EINVAL. Never sleeps. Clobbers the caller-saved registers.
    .globl signal_send
signal_send:
    li a2, SI_USER
    li a5, 0
    j send_from_current

# signal_send_to: a0 = a slot, a1 = a signal, 1..64, a2 = si_code, a3 = si_pid (or si_addr),
# a4 = si_status, a5 = 1 for the slot's process, 0 for that thread alone. Does what Linux does
# with it: nothing when nobody is left to take it; dropped when ignored (SIG_IGN, or SIG_DFL
# with an ignore default, or init without a handler); SIG_DFL with a stop default: -EINVAL (no
# job control). Otherwise the thread that takes it is chosen (signal_taker): when a terminating
# default is not blocked there, another process ends at once, every thread, with the signal as
# its wait status (the caller's own process ends when that thread next returns to user mode:
# so this routine always returns); else it becomes pending, with its siginfo, and the chosen
# thread wakes if it sleeps (its sleep ends with -EINTR). Returns a0 = 0 or -EINVAL. Never
# sleeps; may be called with no current thread (from the scheduler's context). Clobbers the
# caller-saved registers.
signal_send_to:
    addi sp, sp, -SEND_FRAME
    sw ra, SEND_RA(sp)
    sw s0, SEND_S0(sp)
    sw s1, SEND_S0 + 4(sp)
    mv s0, a0                           # s0: the slot
    mv s1, a1                           # s1: the signal
    sw a2, SEND_INFO + KEPT_CODE(sp)
    sw a3, SEND_INFO + KEPT_PID(sp)
    sw a4, SEND_INFO + KEPT_STATUS(sp)
    sw a5, SEND_SHARED(sp)
    mv a2, a5
    call signal_taker
    sw a0, SEND_THREAD(sp)
    bnez a0, 1f
    lw t0, SEND_SHARED(sp)              # nobody takes it now: is anybody left to?
    beqz t0, 2f
    mv a0, s0
    call group_live
    beqz a0, send_done
    j 1f
2:  lw t0, PCB_STATE(s0)
    li t1, PROC_ZOMBIE
    beq t0, t1, send_done
1:  ACTION t2, s0, s1
    lw t3, SA_HANDLER(t2)
    li t4, SIG_IGN
    beq t3, t4, send_done
    bnez t3, send_post                  # a handler
    lw t0, PCB_TGID(s0)
    li t1, 1
    beq t0, t1, send_done               # init: only what it handles
    mv a0, s1
    call sig_default
    li t0, DEFAULT_IGNORE
    beq a0, t0, send_done
    li t0, DEFAULT_STOP
    bne a0, t0, 3f
    li a0, -EINVAL
    j send_return
3:  lw a0, SEND_THREAD(sp)              # a terminating default
    beqz a0, send_post                  # blocked: it waits, and kills when unblocked
    CURRENT t0
    beqz t0, 4f                         # sent from the scheduler's context: no caller
    lw t1, PCB_TGID(t0)
    lw t2, PCB_TGID(a0)
    beq t1, t2, send_post               # the caller's process: its taker ends it
4:  mv a1, s1                           # every thread of another process
    call proc_end_group
    lw a0, SEND_THREAD(sp)
    mv a1, s1
    call proc_make_zombie
    j send_done
send_post:
    SIGBIT s1, t0, t1                   # t0: the word, t1: the bit
    lw t5, SEND_SHARED(sp)
    mv t2, s0                           # t2: a slot to post in
    la t3, proc_table_end               # t3: the last one, past it
    beqz t5, 5f
    la t2, proc_table                   # the process's: in every slot of the group
5:  lw t4, PCB_STATE(t2)
    beqz t4, 7f                         # PROC_FREE
    lw t4, PCB_TGID(t2)
    lw t5, PCB_TGID(s0)
    bne t4, t5, 7f
    add t4, t2, t0
    lw t5, SEND_SHARED(sp)
    bnez t5, 6f
    lw t5, PCB_SIG_PENDING(t4)
    or t5, t5, t1
    sw t5, PCB_SIG_PENDING(t4)
    mv t3, t2                           # (one slot only)
    j 8f
6:  lw t5, PCB_SIG_SHARED(t4)
    or t5, t5, t1
    sw t5, PCB_SIG_SHARED(t4)
8:  INFO t4, t2, s1
    lw t5, SEND_INFO + KEPT_CODE(sp)
    sw t5, KEPT_CODE(t4)
    lw t5, SEND_INFO + KEPT_PID(sp)
    sw t5, KEPT_PID(t4)
    lw t5, SEND_INFO + KEPT_STATUS(sp)
    sw t5, KEPT_STATUS(t4)
    bgeu t2, t3, 9f
7:  addi t2, t2, PCB_SIZE
    bltu t2, t3, 5b
9:  lw t0, SEND_THREAD(sp)
    beqz t0, send_done
    lw t1, PCB_STATE(t0)
    li t2, PROC_SLEEPING
    bne t1, t2, send_done
    li t1, PROC_RUNNABLE                # its sleep ends early
    sw t1, PCB_STATE(t0)
send_done:
    li a0, 0
send_return:
    lw ra, SEND_RA(sp)
    lw s0, SEND_S0(sp)
    lw s1, SEND_S0 + 4(sp)
    addi sp, sp, SEND_FRAME
    ret

# signal_taker: a0 = a slot, a1 = a signal, a2 = 1 for the slot's process, 0 for the thread.
# Returns a0 = the thread that takes the signal now: the slot itself when it is live and does
# not block it, else (a process's) the first live thread of the group that does not; 0 when
# none does. Clobbers t0..t6.
signal_taker:
    SIGBIT a1, t0, t1
    mv t2, a0
    lw t5, PCB_TGID(a0)
    la t3, proc_table
    la t4, proc_table_end
1:  lw t6, PCB_STATE(t2)                  # t2: the slot asked about
    beqz t6, 2f                         # PROC_FREE
    li a0, PROC_ZOMBIE
    beq t6, a0, 2f
    lw t6, PCB_TGID(t2)
    bne t6, t5, 2f
    add t6, t2, t0
    lw t6, PCB_SIG_BLOCKED(t6)
    and t6, t6, t1
    bnez t6, 2f
    mv a0, t2
    ret
2:  beqz a2, 3f                         # a thread's own signal: nobody else
    mv t2, t3
    addi t3, t3, PCB_SIZE
    bltu t2, t4, 1b
3:  li a0, 0
    ret

# group_live: a0 = a slot. Returns a0 = 1 when a thread of its group is alive (not a zombie),
# else 0. Clobbers t0..t3.
group_live:
    lw t3, PCB_TGID(a0)
    la t0, proc_table
    la t1, proc_table_end
1:  lw t2, PCB_STATE(t0)
    beqz t2, 2f                         # PROC_FREE
    addi t2, t2, -PROC_ZOMBIE
    beqz t2, 2f
    lw t2, PCB_TGID(t0)
    beq t2, t3, 3f
2:  addi t0, t0, PCB_SIZE
    bltu t0, t1, 1b
    li a0, 0
    ret
3:  li a0, 1
    ret

# signal_process: a0 = a slot, a1 = a signal, a2 = si_code, a3 = si_pid, a4 = si_status. Sends
# the signal to the slot's process (signal_send_to). Returns a0 = 0 or -EINVAL. Never sleeps.
# Clobbers the caller-saved registers.
    .globl signal_process
signal_process:
    li a5, 1
    j signal_send_to

# send_from_current: a0 = a slot, a1 = a signal, a2 = si_code, a5 = 1 for the process, 0 for
# the thread. Sends it with si_pid the current process's id (0 with no current process).
send_from_current:
    CURRENT t0
    li a3, 0
    beqz t0, 1f
    lw a3, PCB_TGID(t0)
1:  li a4, 0
    j signal_send_to

# signal_console_processes: a0 = a signal (^C: SIGINT). Sends it (signal_process, SI_KERNEL as
# the tty's) to every live process but init: every process is attached to the console, and
# without sessions or process groups they are all the foreground, as for a shell without job
# control. Never sleeps.
# Clobbers the caller-saved registers.
    .globl signal_console_processes
signal_console_processes:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s1, a0                           # s1: the signal
    la s0, proc_table                   # s0: a slot
1:  lw t0, PCB_STATE(s0)
    beqz t0, 2f                         # PROC_FREE
    li t1, PROC_ZOMBIE
    beq t0, t1, 2f
    lw t0, PCB_PID(s0)
    lw t1, PCB_TGID(s0)
    bne t0, t1, 2f                      # a thread: its process gets it once
    li t1, 1
    beq t0, t1, 2f                      # init
    mv a0, s0
    mv a1, s1
    li a2, SI_KERNEL
    li a3, 0
    li a4, 0
    call signal_process
2:  addi s0, s0, PCB_SIZE
    la t0, proc_table_end
    bltu s0, t0, 1b
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# signal_fault: a0 = the trap frame of the current thread, which faulted, a1 = the signal the
# fault stands for. When the thread has a handler for it and does not block it, makes it pending
# with its siginfo (si_addr: the address, stval, or for SIGILL and SIGTRAP the pc; si_code 1,
# but SEGV_ACCERR for a page that is mapped, as Linux) and returns to user mode through
# user_return, which enters the handler (never returns here). Otherwise returns, for the fault
# to kill as before. Clobbers the caller-saved registers but a0, a1.
    .globl signal_fault
signal_fault:
    CURRENT t5
    ACTION t2, t5, a1
    lw t3, SA_HANDLER(t2)
    li t4, SIG_IGN
    bleu t3, t4, 3f                     # SIG_DFL or SIG_IGN: the fault kills (as Linux forces it)
    SIGBIT a1, t0, t1
    add t2, t5, t0
    lw t3, PCB_SIG_BLOCKED(t2)
    and t3, t3, t1
    bnez t3, 3f
    lw t3, PCB_SIG_PENDING(t2)
    or t3, t3, t1
    sw t3, PCB_SIG_PENDING(t2)
    mv sp, a0                           # the kernel stack holds nothing more to return to
    mv s0, a0                           # s0: the frame, s1: the signal (no return: s free)
    mv s1, a1
    INFO s2, t5, s1                     # s2: its siginfo
    li t0, FAULT_CODE
    sw t0, KEPT_CODE(s2)
    sw zero, KEPT_STATUS(s2)
    lw t0, TF_TVAL(s0)
    li t1, SIGSEGV
    beq s1, t1, 1f
    li t1, SIGBUS
    beq s1, t1, 2f
    lw t0, TF_EPC(s0)                   # SIGILL, SIGTRAP: the instruction's address
    j 2f
1:  sw t0, KEPT_PID(s2)
    lw a0, PCB_ROOT(t5)
    mv a1, t0
    li a2, 0
    call vm_pte
    beqz a0, user_return                # no page table there: unmapped
    lw t0, 0(a0)
    andi t0, t0, PTE_V
    beqz t0, user_return
    li t0, SEGV_ACCERR                  # mapped, but not for that access
    sw t0, KEPT_CODE(s2)
    j user_return
2:  sw t0, KEPT_PID(s2)
    j user_return
3:  ret

# signal_deliver: a0 = the current thread's trap frame, on its way back to user mode. Takes its
# lowest pending unblocked signal, if any: an ignored one is dropped (and the next taken); a
# default action ends the process (proc_exit_group: no return) or does nothing. A system call
# that a signal interrupted (-ERESTARTSYS: waitid, futex wait without a timeout, the console's
# read) is restarted when the handler has SA_RESTART or no handler runs, else gets -EINTR, as
# Linux's handle_signal; a handler gets
# its frame (rt_sigframe above) on the user stack, the trap frame set to enter it, and the
# signal (unless SA_NODEFER) and its sa_mask blocked; SA_RESETHAND puts SIG_DFL back. A user
# stack that cannot take the frame ends the process with SIGSEGV, as Linux. Clobbers the
# caller-saved registers.
    .globl signal_deliver
signal_deliver:
    addi sp, sp, -SF_FRAME
    sw ra, SF_SIZE + 12(sp)
    sw s0, SF_SIZE + 8(sp)
    sw s1, SF_SIZE + 4(sp)
    sw s2, SF_SIZE + 0(sp)
    mv s0, a0                           # s0: the trap frame
deliver_next:
    CURRENT s1                          # s1: the thread
    mv a0, s1
    call signal_next
    beqz a0, deliver_done
    mv s2, a0                           # s2: the signal
    SIGBIT s2, t0, t1
    add t2, s1, t0
    lw t3, PCB_SIG_PENDING(t2)
    and t4, t3, t1
    not t1, t1
    beqz t4, 4f                         # not the thread's own: the process's
    and t3, t3, t1
    sw t3, PCB_SIG_PENDING(t2)
    j 5f
4:  lw t5, PCB_TGID(s1)                   # taken: off every thread of the group
    la t2, proc_table
    la t3, proc_table_end
6:  lw t4, PCB_TGID(t2)
    bne t4, t5, 7f
    add t6, t2, t0
    lw t4, PCB_SIG_SHARED(t6)
    and t4, t4, t1
    sw t4, PCB_SIG_SHARED(t6)
7:  addi t2, t2, PCB_SIZE
    bltu t2, t3, 6b
5:  ACTION t2, s1, s2
    lw t3, SA_HANDLER(t2)
    li t4, SIG_IGN
    beq t3, t4, deliver_next
    bnez t3, deliver_handler
    mv a0, s2
    call sig_default
    bnez a0, deliver_next               # ignore, or stop without job control
    mv a0, s2
    call proc_exit_group
deliver_handler:
    lw t0, TF_A0(s0)                    # an interrupted system call: restarted or -EINTR
    li t1, -ERESTARTSYS
    bne t0, t1, 8f
    lw t0, TF_CAUSE(s0)
    li t1, EXC_ECALL_U
    bne t0, t1, 8f
    ACTION t2, s1, s2
    lw t0, SA_FLAGS(t2)
    li t1, SA_RESTART
    and t0, t0, t1
    bnez t0, 9f
    li t0, -EINTR
    sw t0, TF_A0(s0)
    j 8f
9:  mv a0, s0
    call syscall_restart
8:  mv t0, sp                           # the frame, zero but what is set below
    addi t1, sp, SF_SIZE
3:  sw zero, 0(t0)
    addi t0, t0, 4
    bltu t0, t1, 3b
    sw s2, SF_INFO + SI_SIGNO(sp)       # the siginfo its sender left
    INFO t2, s1, s2
    lw t0, KEPT_CODE(t2)
    sw t0, SF_INFO + SI_CODE(sp)
    lw t0, KEPT_PID(t2)
    sw t0, SF_INFO + SI_PID(sp)
    lw t0, KEPT_STATUS(t2)
    sw t0, SF_INFO + SI_STATUS(sp)
    lw t0, PCB_SIG_BLOCKED(s1)
    sw t0, UC_SIGMASK(sp)
    lw t0, PCB_SIG_BLOCKED_HIGH(s1)
    sw t0, UC_SIGMASK + 4(sp)
    lw t0, TF_EPC(s0)
    sw t0, SC_PC(sp)
    addi a0, sp, SC_X1                  # x1..x31: the trap frame's first 31 words
    mv a1, s0
    li a2, 31 * 4
    call memcpy
    lw t0, TF_SP(s0)
    addi t0, t0, -SF_SIZE
    andi t0, t0, -16
    sw t0, TF_SP(s0)                    # (restored from the frame by sigreturn)
    lw a0, PCB_ROOT(s1)
    mv a1, t0
    mv a2, sp
    li a3, SF_SIZE
    call copy_out
    beqz a0, 1f
    li a0, SIGSEGV                      # no room for the frame
    call proc_exit_group
1:  ACTION t2, s1, s2
    lw t0, SA_HANDLER(t2)
    sw t0, TF_EPC(s0)
    li t0, SIGNAL_TRAMPOLINE
    sw t0, TF_RA(s0)
    sw s2, TF_A0(s0)
    lw t0, TF_SP(s0)
    addi t1, t0, SF_INFO
    sw t1, TF_A1(s0)
    addi t1, t0, SF_UC
    sw t1, TF_A2(s0)
    lw t0, PCB_SIG_BLOCKED(s1)            # the mask while it runs
    lw t1, SA_MASK(t2)
    or t0, t0, t1
    sw t0, PCB_SIG_BLOCKED(s1)
    lw t0, PCB_SIG_BLOCKED_HIGH(s1)
    lw t1, SA_MASK_HIGH(t2)
    or t0, t0, t1
    sw t0, PCB_SIG_BLOCKED_HIGH(s1)
    lw t3, SA_FLAGS(t2)
    li t0, SA_NODEFER
    and t0, t3, t0
    bnez t0, 2f
    SIGBIT s2, t0, t1
    add t4, s1, t0
    lw t5, PCB_SIG_BLOCKED(t4)
    or t5, t5, t1
    sw t5, PCB_SIG_BLOCKED(t4)
2:  li t0, SA_RESETHAND
    and t0, t3, t0
    beqz t0, deliver_done
    addi a2, sp, 0                      # SIG_DFL, no flags, no mask: the frame is in user memory now
    sw zero, SA_HANDLER(a2)
    sw zero, SA_FLAGS(a2)
    sw zero, SA_MASK(a2)
    sw zero, SA_MASK_HIGH(a2)
    mv a0, s1
    mv a1, s2
    call actions_store
deliver_done:
    lw t0, TF_A0(s0)                    # interrupted, and no handler ran: restarted, as Linux
    li t1, -ERESTARTSYS
    bne t0, t1, 1f
    lw t0, TF_CAUSE(s0)
    li t1, EXC_ECALL_U
    bne t0, t1, 1f
    mv a0, s0
    call syscall_restart
1:  lw ra, SF_SIZE + 12(sp)
    lw s0, SF_SIZE + 8(sp)
    lw s1, SF_SIZE + 4(sp)
    lw s2, SF_SIZE + 0(sp)
    addi sp, sp, SF_FRAME
    ret

# syscall_restart: a0 = the current thread's trap frame, back from a system call that a signal
# interrupted. Makes it run the call again: the pc back on the ecall, a0 as the call came
# (PCB_SYSCALL_A0; the other arguments are still in their registers). Clobbers t0, t1.
syscall_restart:
    lw t0, TF_EPC(a0)
    addi t0, t0, -4
    sw t0, TF_EPC(a0)
    la t1, current
    lw t1, 0(t1)
    lw t0, PCB_SYSCALL_A0(t1)
    sw t0, TF_A0(a0)
    ret

# actions_store: a0 = a slot, a1 = a signal, a2 = a struct sigaction in kernel memory. Makes it
# the signal's action in every live thread of the slot's group. Clobbers t0..t5.
actions_store:
    lw t5, PCB_TGID(a0)
    la t0, proc_table
    la t1, proc_table_end
1:  lw t2, PCB_STATE(t0)
    beqz t2, 2f                         # PROC_FREE
    lw t2, PCB_TGID(t0)
    bne t2, t5, 2f
    ACTION t3, t0, a1
    lw t4, SA_HANDLER(a2)
    sw t4, SA_HANDLER(t3)
    lw t4, SA_FLAGS(a2)
    sw t4, SA_FLAGS(t3)
    lw t4, SA_MASK(a2)
    sw t4, SA_MASK(t3)
    lw t4, SA_MASK_HIGH(a2)
    sw t4, SA_MASK_HIGH(t3)
2:  addi t0, t0, PCB_SIZE
    bltu t0, t1, 1b
    ret

# rt_sigreturn(): returns from a handler: the registers and the mask come back from the
# rt_sigframe at sp (what the trampoline's sp is: the handler has returned). A frame that is not
# user-readable ends the process with SIGSEGV (never the kernel). Returns the restored a0, so
# the system call's result leaves it as it was.
    .globl sys_rt_sigreturn
sys_rt_sigreturn:
    addi sp, sp, -SF_FRAME
    sw ra, SF_SIZE + 12(sp)
    sw s0, SF_SIZE + 8(sp)
    sw s1, SF_SIZE + 4(sp)
    CURRENT s1                          # s1: the thread
    FRAME s0, s1                        # s0: its trap frame
    lw a0, PCB_ROOT(s1)
    lw a1, TF_SP(s0)
    mv a2, sp
    li a3, SC_REGS_END
    call copy_in
    beqz a0, 1f
    li a0, SIGSEGV
    call proc_exit_group
1:  lw t0, SC_PC(sp)
    sw t0, TF_EPC(s0)
    mv a0, s0
    addi a1, sp, SC_X1
    li a2, 31 * 4
    call memcpy
    lw t0, UC_SIGMASK(sp)
    li t1, ~UNCATCHABLE
    and t0, t0, t1
    sw t0, PCB_SIG_BLOCKED(s1)
    lw t0, UC_SIGMASK + 4(sp)
    sw t0, PCB_SIG_BLOCKED_HIGH(s1)
    lw a0, TF_A0(s0)
    lw ra, SF_SIZE + 12(sp)
    lw s0, SF_SIZE + 8(sp)
    lw s1, SF_SIZE + 4(sp)
    addi sp, sp, SF_FRAME
    ret

# rt_sigaction(sig, act, oldact, sigsetsize): sets (act not 0) and reports (oldact not 0) the
# action of sig for the calling process. sigsetsize must be 8; sig 1..64 and, to set, neither
# SIGKILL nor SIGSTOP (-EINVAL); a bad act or oldact: -EFAULT (with oldact, after the new action
# is set, as Linux). SIGKILL and SIGSTOP never enter sa_mask. Setting SIG_IGN, or SIG_DFL for a
# signal ignored by default, drops it where it is pending in the process. SA_NOCLDWAIT on
# SIGCHLD (or SIGCHLD ignored) makes ending children reap themselves (proc_make_zombie).
    .globl sys_rt_sigaction
sys_rt_sigaction:
    li t0, SIZEOF_SIGSET
    bne a3, t0, action_invalid
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    mv s0, a0                           # s0: sig
    mv s1, a1                           # s1: act
    mv s2, a2                           # s2: oldact
    CURRENT s3                          # s3: the thread
    beqz s1, 1f
    lw a0, PCB_ROOT(s3)
    mv a2, sp                           # the new action at sp
    li a3, SIGACTION_SIZE
    call copy_in
    bnez a0, action_done
1:  li a0, -EINVAL
    addi t0, s0, -1
    li t1, NSIG
    bgeu t0, t1, action_done            # (unsigned: 0 and negative too)
    beqz s1, 2f
    li t0, SIGKILL
    beq s0, t0, action_done
    li t0, SIGSTOP
    beq s0, t0, action_done
2:  ACTION t0, s3, s0                   # the old action at sp + 16
    lw t1, SA_HANDLER(t0)
    sw t1, 16 + SA_HANDLER(sp)
    lw t1, SA_FLAGS(t0)
    sw t1, 16 + SA_FLAGS(sp)
    lw t1, SA_MASK(t0)
    sw t1, 16 + SA_MASK(sp)
    lw t1, SA_MASK_HIGH(t0)
    sw t1, 16 + SA_MASK_HIGH(sp)
    beqz s1, 4f
    lw t0, SA_MASK(sp)
    li t1, ~UNCATCHABLE
    and t0, t0, t1
    sw t0, SA_MASK(sp)
    mv a0, s3
    mv a1, s0
    mv a2, sp
    call actions_store
    lw t0, SA_HANDLER(sp)
    li t1, SIG_IGN
    beq t0, t1, 3f
    bnez t0, 4f
    mv a0, s0
    call sig_default
    li t0, DEFAULT_IGNORE
    bne a0, t0, 4f
3:  SIGBIT s0, t0, t1                   # dropped where pending in the group
    not t1, t1
    lw t5, PCB_TGID(s3)
    la t2, proc_table
    la t3, proc_table_end
5:  lw t4, PCB_TGID(t2)
    bne t4, t5, 6f
    add t6, t2, t0
    lw t4, PCB_SIG_PENDING(t6)
    and t4, t4, t1
    sw t4, PCB_SIG_PENDING(t6)
    lw t4, PCB_SIG_SHARED(t6)
    and t4, t4, t1
    sw t4, PCB_SIG_SHARED(t6)
6:  addi t2, t2, PCB_SIZE
    bltu t2, t3, 5b
4:  li a0, 0
    beqz s2, action_done
    lw a0, PCB_ROOT(s3)
    mv a1, s2
    addi a2, sp, 16
    li a3, SIGACTION_SIZE
    call copy_out
action_done:
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    addi sp, sp, 48
    ret
action_invalid:
    li a0, -EINVAL
    ret

# rt_sigprocmask(how, set, oldset, sigsetsize): changes the calling thread's mask with set (not
# 0): SIG_BLOCK adds, SIG_UNBLOCK removes, SIG_SETMASK replaces; SIGKILL and SIGSTOP are never
# blocked. Reports the old mask in oldset (not 0). sigsetsize not 8 or a bad how: -EINVAL; a bad
# set or oldset: -EFAULT (in that order, as Linux). Signals it unblocks are delivered on the way
# back to user mode.
    .globl sys_rt_sigprocmask
sys_rt_sigprocmask:
    li t0, SIZEOF_SIGSET
    bne a3, t0, action_invalid
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: how
    mv s1, a1                           # s1: set
    mv s2, a2                           # s2: oldset
    CURRENT s3                          # s3: the thread
    lw t0, PCB_SIG_BLOCKED(s3)            # the old mask, at sp + 0
    sw t0, 0(sp)
    lw t0, PCB_SIG_BLOCKED_HIGH(s3)
    sw t0, 4(sp)
    beqz s1, 4f
    lw a0, PCB_ROOT(s3)
    addi a2, sp, 8                      # the set, at sp + 8
    li a3, SIZEOF_SIGSET
    call copy_in
    bnez a0, mask_done
    lw t0, 8(sp)
    lw t1, 12(sp)
    li t2, ~UNCATCHABLE
    and t0, t0, t2
    lw t2, 0(sp)
    lw t3, 4(sp)
    li t4, SIG_BLOCK
    beq s0, t4, 1f
    li t4, SIG_UNBLOCK
    beq s0, t4, 2f
    li t4, SIG_SETMASK
    beq s0, t4, 3f
    li a0, -EINVAL
    j mask_done
1:  or t0, t2, t0
    or t1, t3, t1
    j 3f
2:  not t0, t0
    not t1, t1
    and t0, t2, t0
    and t1, t3, t1
3:  sw t0, PCB_SIG_BLOCKED(s3)
    sw t1, PCB_SIG_BLOCKED_HIGH(s3)
4:  li a0, 0
    beqz s2, mask_done
    lw a0, PCB_ROOT(s3)
    mv a1, s2
    mv a2, sp
    li a3, SIZEOF_SIGSET
    call copy_out
mask_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# kill(pid, sig): sends sig to the process pid (signal_send_to: any of its threads that does
# not block it takes it; pid may name any thread of the process, as on Linux), SI_USER with
# si_pid the caller's process id. Signal 0 only checks that pid exists. pid 0 and negative pids
# (process groups, everyone): -EINVAL (no process groups yet). As Linux, the process is looked
# up first: none: -ESRCH; then sig outside 0..64: -EINVAL; a stop signal with SIG_DFL: -EINVAL.
    .globl sys_kill
sys_kill:
    blez a0, kill_invalid
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s1, a1                           # s1: the signal
    li s0, 1                            # s0: 1, the process's
    call proc_find
    j kill_found

# tgkill(tgid, tid, sig): sends sig to the thread tid of the process tgid, as kill does but to
# that thread alone, SI_TKILL. tgid or tid not positive: -EINVAL; no thread tid in tgid: -ESRCH;
# then sig outside 0..64: -EINVAL.
    .globl sys_tgkill
sys_tgkill:
    blez a0, kill_invalid
    blez a1, kill_invalid
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s1, 4(sp)
    sw s0, 8(sp)
    mv s1, a2
    mv s0, a0
    mv a0, a1
    call proc_find
    beqz a0, kill_found
    lw t0, PCB_TGID(a0)
    li t1, 0
    beq t0, s0, 4f
    li a0, 0                            # a thread of another process
4:  mv s0, t1                           # s0: 0, the thread's
kill_found:                             # a0: the slot or 0, s1: the signal, s0: 1 for the process; ra, s0, s1 saved
    beqz a0, 1f
    li t0, NSIG
    bgtu s1, t0, 5f                     # (unsigned: a negative signal too)
    beqz s1, 2f                         # signal 0: it exists
    mv a1, s1
    li a2, SI_USER
    bnez s0, 6f
    li a2, SI_TKILL
6:  mv a5, s0
    call send_from_current
    j 3f
1:  li a0, -ESRCH
    j 3f
5:  li a0, -EINVAL
    j 3f
2:  li a0, 0
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
kill_invalid:
    li a0, -EINVAL
    ret

# signal_child_ended: a0 = a slot that has just ended (proc_make_zombie). When it was the last
# live thread of its process, the process's parent learns it as Linux's do_notify_parent has it:
# SIGCHLD (CLD_EXITED with the exit code, or CLD_KILLED with the signal; si_pid the process),
# whose default action is to ignore it; and when the parent ignores SIGCHLD or set SA_NOCLDWAIT,
# the process reaps itself: its zombie goes (a current one's when the scheduler is off its
# stack), so waitid never sees it. Never sleeps. Clobbers the caller-saved registers.
    .globl signal_child_ended
signal_child_ended:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    call group_live
    bnez a0, 9f                         # threads go on: the process has not ended
    lw a0, PCB_TGID(s0)
    call proc_find
    beqz a0, 9f
    mv s0, a0                           # s0: the process's zombie, its first thread's slot
    lw t0, PCB_STATE(s0)
    li t1, PROC_ZOMBIE
    bne t0, t1, 9f
    lw t0, PCB_DETACHED(s0)
    bnez t0, 9f                         # reaped already
    lw a0, PCB_PPID(s0)
    call proc_find
    beqz a0, 9f
    mv s1, a0                           # s1: the parent
    li t0, SIGCHLD
    ACTION t2, s1, t0
    lw t3, SA_FLAGS(t2)
    andi t3, t3, SA_NOCLDWAIT
    sw t3, 0(sp)                        # 0(sp): whether it reaps itself
    lw t3, SA_HANDLER(t2)
    li t4, SIG_IGN
    bne t3, t4, 1f
    sw t4, 0(sp)                        # ignored: no signal, and reaped
    j 3f
1:  lw t0, PCB_WAIT_STATUS(s0)
    andi a4, t0, 0x7f                   # the signal that ended it,
    li a2, CLD_KILLED
    bnez a4, 2f
    srli a4, t0, 8                      # or its exit code
    andi a4, a4, 0xff
    li a2, CLD_EXITED
2:  mv a0, s1
    li a1, SIGCHLD
    lw a3, PCB_PID(s0)
    call signal_process
3:  lw t0, 0(sp)
    beqz t0, 9f
    CURRENT t0
    beq t0, s0, 4f
    sw zero, PCB_STATE(s0)                # PROC_FREE
    j 9f
4:  li t0, 1                            # the scheduler frees it, off its stack
    sw t0, PCB_DETACHED(s0)
9:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# signal_fork: a0 = a thread, a1 = its new copy (a forked process or a new thread, its PCB_TGID
# set). The copy starts with its mask and actions, nothing pending of its own; a new thread has
# its process's pending signals, with their siginfo, as every thread of the group. Clobbers the
# caller-saved registers.
    .globl signal_fork
signal_fork:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    mv s1, a1
    addi a0, s1, PCB_SIG_BLOCKED
    addi a1, s0, PCB_SIG_BLOCKED
    li a2, PCB_SIG_ACTIONS + NSIG * SIGACTION_SIZE - PCB_SIG_BLOCKED
    call memcpy
    lw t0, PCB_TGID(s0)
    lw t1, PCB_TGID(s1)
    bne t0, t1, 1f
    addi a0, s1, PCB_SIG_SHARED
    addi a1, s0, PCB_SIG_SHARED
    li a2, PCB_SIG_INFO + NSIG * SIGINFO_KEPT - PCB_SIG_SHARED
    call memcpy
1:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# signal_exec: a0 = a thread that has just started a new program. Every handled signal goes back
# to SIG_DFL (the handlers were the old program's); ignored ones stay ignored; the mask and
# pending signals stay, as on Linux. Clobbers t0..t2.
    .globl signal_exec
signal_exec:
    addi t0, a0, PCB_SIG_ACTIONS
    li t1, NSIG * SIGACTION_SIZE
    add t1, t0, t1
1:  lw t2, SA_HANDLER(t0)
    addi t2, t2, -SIG_IGN
    beqz t2, 2f
    sw zero, SA_HANDLER(t0)
    sw zero, SA_FLAGS(t0)
    sw zero, SA_MASK(t0)
    sw zero, SA_MASK_HIGH(t0)
2:  addi t0, t0, SIGACTION_SIZE
    bltu t0, t1, 1b
    ret

# signal_map_trampoline: a0 = an address space being built. Maps at SIGNAL_TRAMPOLINE a page of
# its own (so vm_free and fork treat it as any user page) holding signal_trampoline, user-readable
# and executable, not writable. Returns a0 = 0 or -ENOMEM. Clobbers the caller-saved registers.
    .globl signal_map_trampoline
signal_map_trampoline:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0                           # s0: the root
    call page_alloc
    beqz a0, 1f
    mv s1, a0                           # s1: the page
    la a1, signal_trampoline
    li a2, TRAMPOLINE_SIZE
    call memcpy
    fence.i                             # instructions written as data
    mv a0, s0
    li a1, SIGNAL_TRAMPOLINE
    mv a2, s1
    li a3, PTE_U | PTE_R | PTE_X
    call vm_map
    beqz a0, 2f
    mv a0, s1
    call page_free
1:  li a0, -ENOMEM
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

    .section .rodata
    .balign 4
# signal_trampoline: user code, copied into every address space: where a handler returns.
signal_trampoline:
    li a7, SYS_rt_sigreturn
    ecall
