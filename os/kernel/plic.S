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
    .equ DEVICE_PRIORITY,   1               # above the threshold; all sources alike
# The registers, through the kernel's device window (machine.inc): PLIC_PRIORITY + 4 n, source
# n's priority; PLIC_ENABLE_S, context 1's enable bits of sources 0..31; PLIC_THRESHOLD_S and
# PLIC_CLAIM_S, context 1's threshold and claim (read) / complete (write).

    .section .text
# plic_init: context 1's threshold 0, the UART's source enabled with console_interrupt, the
# UART's receiver armed from now on (console.S: bytes go to the type-ahead as they come, so ^C
# reaches a program that never reads), and the supervisor external interrupt enabled in sie (it
# is taken only where sstatus.SIE allows, or in U-mode). Clobbers a0, a1, t0..t2.
    .globl plic_init
plic_init:
    li t0, PLIC_THRESHOLD_S
    sw zero, 0(t0)
    la t0, console_uart
    lw t0, 0(t0)
    li t1, UART_IER_RX
    sb t1, UART_IER(t0)
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
    li t0, PLIC_PRIORITY
    add t0, t0, t1
    li t1, DEVICE_PRIORITY
    sw t1, 0(t0)
    li t0, PLIC_ENABLE_S                # sources 0..31: the first word
    li t1, 1
    sll t1, t1, a0
    lw t2, 0(t0)
    or t2, t2, t1
    sw t2, 0(t0)
    ret

# plic_interrupt: the supervisor external interrupt (trap.S). Claims each pending source, runs
# its routine and completes it, until the claim says none is left. Counts the claims of each
# source in plic_counts. Never sleeps. Clobbers the caller-saved registers.
    .globl plic_interrupt
plic_interrupt:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
1:  li t0, PLIC_CLAIM_S
    lw s0, 0(t0)                        # s0: the source, 0 when none is left
    beqz s0, 3f
    li t0, PLIC_SOURCES
    bgeu s0, t0, 2f                     # not one the kernel enabled: completed, nothing else
    slli t1, s0, 2
    la t0, plic_counts
    add t0, t0, t1
    lw t2, 0(t0)
    addi t2, t2, 1
    sw t2, 0(t0)
    la t0, plic_handlers
    add t0, t0, t1
    lw t0, 0(t0)
    beqz t0, 2f
    jalr t0
2:  li t0, PLIC_CLAIM_S
    sw s0, 0(t0)
    j 1b
3:  lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret

# The disk's side. virtio.S is linked alone into the bare-metal disk tests, so what its requests
# need of the kernel (to sleep, to be woken) is here, given to it through vblk_wait.

# plic_disk_init: after virtio_blk_init found the disk: its source enabled with disk_interrupt,
# and disk_wait made the way its requests wait. Clobbers a0, a1, t0..t2.
    .globl plic_disk_init
plic_disk_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    la t0, disk_wait
    la t1, vblk_wait
    sw t0, 0(t1)
    call virtio_blk_irq
    la a1, disk_interrupt
    call plic_enable
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# disk_interrupt: the disk's source: the interrupt acknowledged (virtio_blk_interrupt) and the
# requester, asleep on vq_last_used, woken. Clobbers the caller-saved registers.
disk_interrupt:
    addi sp, sp, -16
    sw ra, 12(sp)
    call virtio_blk_interrupt
    la a0, vq_last_used
    call wakeup
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# disk_wait: vblk_wait's routine (virtio.S): a0 = the channel, a1, a2 = the deadline. With a
# current thread it sleeps (sleep_holding: it keeps the file-system lock, under which every
# request is made) until disk_interrupt, the deadline or a signal; before the first process
# exists (the mount and /sbin/init's loading, at boot) it waits in place, in `wfi` with
# interrupts on, until an interrupt (the disk's, or a tick) has been taken. Clobbers the
# caller-saved registers.
disk_wait:
    la t0, current
    lw t0, 0(t0)
    beqz t0, 1f
    j sleep_holding
1:  csrsi sstatus, SSTATUS_SIE
    wfi
    csrci sstatus, SSTATUS_SIE
    ret

    .section .bss
    .balign 4
    .globl plic_handlers, plic_counts
plic_handlers:      .space 4 * PLIC_SOURCES     # per source: its routine, 0 when not enabled
plic_counts:        .space 4 * PLIC_SOURCES     # per source: its claims since boot
