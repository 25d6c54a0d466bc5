# plic.S: the platform-level interrupt controller, and which routine each device source calls.
#
# The RISC-V PLIC specification (1.0.0) and QEMU 7.2's virt board (hw/riscv/virt.c: sources
# 1..8 the virtio-mmio slots, 10 the UART; contexts "MS" per hart, so hart 0's M mode is context
# 0 and its S mode context 1) fix what this file relies on. Strata's machine has the same PLIC
# (docs/machine.md). The kernel uses context 1 only: every source it drives has priority 1 and
# is enabled there, with threshold 0, so any of them interrupts; context 0's enables stay 0 and
# M-mode never takes an external interrupt (boot.S delegates SEI to S-mode).
#
# plic_handlers holds, per source, the routine plic_interrupt calls after claiming it. A source
# is enabled only together with its routine (plic_enable). Handlers run with interrupts off, on
# whichever kernel stack the trap came in on (a process's, or the scheduler's in its idle `wfi`):
# they never sleep and never take the file-system lock; they wake sleepers (wakeup).

    .include "machine.inc"

    .equ PLIC_SOURCES,      12              # 0 (no source) .. 11: the virt board's devices
    .equ PLIC_PRIORITY,     0x0000          # + 4 n: priority of source n
    .equ PLIC_ENABLE_S,     0x2080          # enable bits of context 1 (0x2000 + 0x80 c)
    .equ PLIC_CONTEXT_S,    0x1000          # from PLIC_CONTEXTS: context 1's registers
    .equ PLIC_THRESHOLD,    0x0
    .equ PLIC_CLAIM,        0x4             # read: claim; write: complete
    .equ DEVICE_PRIORITY,   1               # above the threshold; all sources alike

    .section .text
# plic_init: context 1's threshold 0, the UART's source enabled with console_interrupt, and the
# supervisor external interrupt enabled in sie (it is taken only where sstatus.SIE allows, or
# in U-mode). Clobbers a0, a1, t0..t2.
    .globl plic_init
plic_init:
    li t0, PLIC_CONTEXTS + PLIC_CONTEXT_S
    sw zero, PLIC_THRESHOLD(t0)
    li a0, UART_IRQ
    la a1, console_interrupt
    li t0, MIP_SEIP
    csrs sie, t0
    j plic_enable

# plic_enable: a0 = a source (1..PLIC_SOURCES - 1), a1 = the routine for its interrupt
# (no arguments; clobbers at most the caller-saved registers). Records the routine, gives the
# source priority DEVICE_PRIORITY and enables it for context 1. Clobbers t0..t2.
    .globl plic_enable
plic_enable:
    la t0, plic_handlers
    slli t1, a0, 2
    add t0, t0, t1
    sw a1, 0(t0)
    li t0, PLIC_BASE + PLIC_PRIORITY
    add t0, t0, t1
    li t1, DEVICE_PRIORITY
    sw t1, 0(t0)
    li t0, PLIC_BASE + PLIC_ENABLE_S    # sources 0..31: the first word
    li t1, 1
    sll t1, t1, a0
    lw t2, 0(t0)
    or t2, t2, t1
    sw t2, 0(t0)
    ret

# plic_interrupt: the supervisor external interrupt (trap.S). Claims each pending source, runs
# its routine and completes it, until the claim says none is left. Counts them in
# plic_interrupts. Never sleeps. Clobbers the caller-saved registers.
    .globl plic_interrupt
plic_interrupt:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
1:  li t0, PLIC_CONTEXTS + PLIC_CONTEXT_S
    lw s0, PLIC_CLAIM(t0)               # s0: the source, 0 when none is left
    beqz s0, 3f
    la t0, plic_interrupts
    lw t1, 0(t0)
    addi t1, t1, 1
    sw t1, 0(t0)
    li t0, PLIC_SOURCES
    bgeu s0, t0, 2f                     # not one the kernel enabled: completed, nothing else
    la t0, plic_handlers
    slli t1, s0, 2
    add t0, t0, t1
    lw t0, 0(t0)
    beqz t0, 2f
    jalr t0
2:  li t0, PLIC_CONTEXTS + PLIC_CONTEXT_S
    sw s0, PLIC_CLAIM(t0)
    j 1b
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

    .section .bss
    .balign 4
    .globl plic_handlers, plic_interrupts
plic_handlers:      .space 4 * PLIC_SOURCES     # per source: its routine, 0 when not enabled
plic_interrupts:    .space 4                    # sources claimed since boot
