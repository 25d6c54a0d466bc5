# trap.S: S-mode trap entry and exit, and what each trap means.
#
# stvec points at trap_entry for good. sscratch tells where a trap came from:
#   - in U-mode it holds the current process's trap frame (the top of its kernel stack), so the
#     entry swaps it with sp and saves the user registers there (TF_*, kernel-layout.inc);
#   - in S-mode it holds 0, so the entry swaps back and saves a frame on the kernel stack.
# The kernel runs with interrupts off (sstatus.SIE = 0) except while the scheduler idles (and
# while the disk is waited for before the first process exists), so a trap from S-mode is such a
# wait's timer tick or device interrupt, or a kernel bug. A trap from U-mode is a system call, a
# tick (the process goes back to the run queue: preemption), a device interrupt (plic.S: its
# handler wakes who waits for it, and the process goes on), or a fault that kills the process
# with a message saying what, where and which address.
# Invariant: when user_return executes sret, sscratch holds the frame it restored from.

    .include "machine.inc"
    .include "kernel-layout.inc"

# SAVE_GPRS base: stores every register but x0 and sp in the frame at base.
    .macro SAVE_GPRS base
    sw ra, TF_RA(\base)
    sw gp, TF_GP(\base)
    sw tp, TF_TP(\base)
    sw t0, TF_T0(\base)
    sw t1, TF_T1(\base)
    sw t2, TF_T2(\base)
    sw s0, TF_S0(\base)
    sw s1, TF_S1(\base)
    sw a0, TF_A0(\base)
    sw a1, TF_A1(\base)
    sw a2, TF_A2(\base)
    sw a3, TF_A3(\base)
    sw a4, TF_A4(\base)
    sw a5, TF_A5(\base)
    sw a6, TF_A6(\base)
    sw a7, TF_A7(\base)
    sw s2, TF_S2(\base)
    sw s3, TF_S3(\base)
    sw s4, TF_S4(\base)
    sw s5, TF_S5(\base)
    sw s6, TF_S6(\base)
    sw s7, TF_S7(\base)
    sw s8, TF_S8(\base)
    sw s9, TF_S9(\base)
    sw s10, TF_S10(\base)
    sw s11, TF_S11(\base)
    sw t3, TF_T3(\base)
    sw t4, TF_T4(\base)
    sw t5, TF_T5(\base)
    sw t6, TF_T6(\base)
    .endm

# RESTORE_GPRS base: loads every register but x0 and sp from the frame at base.
    .macro RESTORE_GPRS base
    lw ra, TF_RA(\base)
    lw gp, TF_GP(\base)
    lw tp, TF_TP(\base)
    lw t0, TF_T0(\base)
    lw t1, TF_T1(\base)
    lw t2, TF_T2(\base)
    lw s0, TF_S0(\base)
    lw s1, TF_S1(\base)
    lw a0, TF_A0(\base)
    lw a1, TF_A1(\base)
    lw a2, TF_A2(\base)
    lw a3, TF_A3(\base)
    lw a4, TF_A4(\base)
    lw a5, TF_A5(\base)
    lw a6, TF_A6(\base)
    lw a7, TF_A7(\base)
    lw s2, TF_S2(\base)
    lw s3, TF_S3(\base)
    lw s4, TF_S4(\base)
    lw s5, TF_S5(\base)
    lw s6, TF_S6(\base)
    lw s7, TF_S7(\base)
    lw s8, TF_S8(\base)
    lw s9, TF_S9(\base)
    lw s10, TF_S10(\base)
    lw s11, TF_S11(\base)
    lw t3, TF_T3(\base)
    lw t4, TF_T4(\base)
    lw t5, TF_T5(\base)
    lw t6, TF_T6(\base)
    .endm

# SAVE_TRAP_CSRS base: the trap's pc, cause and value into the frame. Clobbers t0.
    .macro SAVE_TRAP_CSRS base
    csrr t0, sepc
    sw t0, TF_EPC(\base)
    csrr t0, scause
    sw t0, TF_CAUSE(\base)
    csrr t0, stval
    sw t0, TF_TVAL(\base)
    .endm

    .section .text
# trap_init: points stvec at trap_entry, marks the hart as in the kernel, enables the timer
# interrupt and the PLIC's (plic_init: the console's source; the disk's comes with the disk).
# Clobbers a0, a1, t0..t2.
    .globl trap_init
trap_init:
    la t0, trap_entry
    csrw stvec, t0
    csrw sscratch, zero
    li t0, MIP_STIP
    csrw sie, t0
    j plic_init

    .balign 4
trap_entry:
    csrrw sp, sscratch, sp
    beqz sp, kernel_trap_entry
    SAVE_GPRS sp
    csrr t0, sscratch
    sw t0, TF_SP(sp)
    csrw sscratch, zero
    SAVE_TRAP_CSRS sp
    mv a0, sp
    call user_trap

# user_return: sp = the current process's trap frame. Delivers a pending signal (signal.S), then
# returns to U-mode with its registers.
    .globl user_return
user_return:
    mv a0, sp
    call signal_deliver                 # a pending signal: its handler's frame, or its default action
    csrw sscratch, sp
    lw t0, TF_EPC(sp)
    csrw sepc, t0
    li t0, SSTATUS_SPP
    csrc sstatus, t0
    RESTORE_GPRS sp
    lw sp, TF_SP(sp)
    sret

kernel_trap_entry:
    csrrw sp, sscratch, sp
    addi sp, sp, -TF_SIZE
    SAVE_GPRS sp
    addi t0, sp, TF_SIZE
    sw t0, TF_SP(sp)
    SAVE_TRAP_CSRS sp
    mv a0, sp
    call kernel_trap
    lw t0, TF_EPC(sp)
    csrw sepc, t0
    RESTORE_GPRS sp
    addi sp, sp, TF_SIZE
    sret

# timer_ack: tells M-mode that the tick was seen, which clears STIP. Clobbers a7.
timer_ack:
    li a7, MCALL_TIMER_ACK
    ecall
    ret

# user_trap: a0 = the trap frame of the current process, which trapped in U-mode. Handles the
# trap; may switch to other processes before it returns, or never return (the process died).
user_trap:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    mv s0, a0
    lw t0, TF_CAUSE(s0)
    bgez t0, 1f
    li t1, CAUSE_INTERRUPT | IRQ_SEI
    bne t0, t1, 4f
    call plic_interrupt                 # a device: its sleeper woken, this thread goes on
    j 2f
4:  li t1, CAUSE_INTERRUPT | IRQ_STI
    bne t0, t1, unexpected_interrupt
    call timer_ack
    la t0, current
    lw t0, 0(t0)
    lw t1, PCB_TICKS(t0)
    addi t1, t1, 1
    sw t1, PCB_TICKS(t0)
    call yield
    j 2f
1:  li t1, EXC_ECALL_U
    bne t0, t1, 3f
    lw t0, TF_EPC(s0)
    addi t0, t0, 4
    sw t0, TF_EPC(s0)
    mv a0, s0
    call syscall
2:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
3:  mv a0, s0
    call fault_kill

unexpected_interrupt:
    mv a1, t0
    la a0, unexpected_interrupt_message
    call kprintf
    li a0, 1
    call power_off

# fault_kill: a0 = the trap frame of a thread that faulted. Enters the handler of the signal the
# fault stands for when one is installed and the signal not blocked (signal_fault); else says so
# on the console and ends its process, every thread, as that signal would. Never returns.
fault_kill:
    mv s1, a0                           # s1: the frame (s-registers are free: no return)
    lw t0, TF_CAUSE(s1)
    li t1, EXC_ILLEGAL
    beq t0, t1, 1f
    li t1, EXC_BREAKPOINT
    beq t0, t1, 2f
    li t1, EXC_INSN_MISALIGNED
    beq t0, t1, 3f
    li t1, EXC_LOAD_MISALIGNED
    beq t0, t1, 3f
    li t1, EXC_STORE_MISALIGNED
    beq t0, t1, 3f
    la s2, segfault_message             # page faults and access faults
    li s0, SIGSEGV
    j 4f
1:  la s2, illegal_message
    li s0, SIGILL
    j 4f
2:  la s2, breakpoint_message
    li s0, SIGTRAP
    j 4f
3:  la s2, bus_error_message
    li s0, SIGBUS
4:  mv a0, s1
    mv a1, s0
    call signal_fault                   # returns only when no handler takes it
    la t0, current
    lw t0, 0(t0)
    lw a1, PCB_PID(t0)
    lw a2, TF_EPC(s1)
    lw a3, TF_TVAL(s1)
    mv a0, s2
    call kprintf
    mv a0, s0
    call proc_exit_group

# kernel_trap: a0 = the frame of a trap taken in S-mode, which happens only in a `wfi` with
# interrupts on (the scheduler's idle loop, the disk wait before the first process). A timer tick
# is acknowledged, a device interrupt handled (plic_interrupt); anything else is a kernel bug,
# reported before the machine powers off.
kernel_trap:
    lw t0, TF_CAUSE(a0)
    li t1, CAUSE_INTERRUPT | IRQ_SEI
    bne t0, t1, 2f
    j plic_interrupt
2:  li t1, CAUSE_INTERRUPT | IRQ_STI
    bne t0, t1, 1f
    j timer_ack
1:  mv t6, a0
    la a0, kernel_fault_message
    lw a1, TF_CAUSE(t6)
    lw a2, TF_EPC(t6)
    lw a3, TF_TVAL(t6)
    call kprintf
    li a0, 1
    call power_off

    .section .rodata
segfault_message:       .asciz "Segmentation fault (pid %u, pc 0x%x, addr 0x%x)\n"
illegal_message:        .asciz "Illegal instruction (pid %u, pc 0x%x, instruction 0x%x)\n"
breakpoint_message:     .asciz "Trace/breakpoint trap (pid %u, pc 0x%x)\n"
bus_error_message:      .asciz "Bus error (pid %u, pc 0x%x, addr 0x%x)\n"
unexpected_interrupt_message: .asciz "kernel: unexpected interrupt, scause 0x%x\n"
kernel_fault_message:   .asciz "kernel panic: trap in the kernel, scause 0x%x, sepc 0x%x, stval 0x%x\n"
