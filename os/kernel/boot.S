# boot.S: machine mode, from the first instruction to the S-mode kernel, and the machine timer.
#
# QEMU's virt board with -bios none and Strata's machine both enter here, at RAM_BASE, in M-mode
# with a0 = the hart id and a1 = the device tree. This file owns everything that must run in
# M-mode, in this order:
#   1. a stack and a zeroed .bss;
#   2. the device tree read (fdt.S): RAM size, initrd;
#   3. PMP opened, so that S- and U-mode reach all of memory (Sv32 does the protecting);
#   4. traps delegated: every exception from U-mode and the S-level interrupts go to S-mode;
#      only ecalls from S-mode and the machine interrupts stay here;
#   5. the machine timer armed: every TIME_SLICE ticks of mtime, machine_trap re-arms mtimecmp
#      and raises the supervisor timer interrupt (STIP) for the kernel;
#   6. mret into kmain (main.S) in S-mode with paging off.
#
# The timer, the classic way without SBI: only M-mode can write mtimecmp and only M-mode can
# clear STIP, so the kernel acknowledges a tick with `ecall` (a7 = MCALL_TIMER_ACK). The other
# service machine_trap offers is powering off (a7 = MCALL_POWER_OFF), as SBI's system reset: the
# sifive_test finisher is M-mode's alone, reached at its physical address, so the S-mode kernel
# can stop the machine before and after paging alike. Invariants: machine_trap changes no
# register but t0..t4 of whoever it interrupts and restores those; after boot, M-mode code runs
# only in machine_trap. M-mode uses physical addresses (machine.inc's *_PHYS).

    .include "machine.inc"

    .equ TIME_SLICE,        100000      # ticks of the 10 MHz timebase: 10 ms
    .equ BOOT_STACK_SIZE,   8192        # also the S-mode scheduler's stack (main.S)
    .equ MACHINE_STACK_SIZE, 1024       # for machine_trap's fatal report only

    # Exceptions from U-mode that S-mode handles: all but the ecalls from S and M.
    .equ DELEGATED_EXCEPTIONS, (1 << EXC_INSN_MISALIGNED) | (1 << EXC_INSN_ACCESS) | (1 << EXC_ILLEGAL) | (1 << EXC_BREAKPOINT) | (1 << EXC_LOAD_MISALIGNED) | (1 << EXC_LOAD_ACCESS) | (1 << EXC_STORE_MISALIGNED) | (1 << EXC_STORE_ACCESS) | (1 << EXC_ECALL_U) | (1 << EXC_INSN_PAGE_FAULT) | (1 << EXC_LOAD_PAGE_FAULT) | (1 << EXC_STORE_PAGE_FAULT)
    .equ DELEGATED_INTERRUPTS, MIP_SSIP | MIP_STIP | MIP_SEIP

    # The machine_trap save area, which mscratch points to.
    .equ MSAVE_T0,  0
    .equ MSAVE_T1,  4
    .equ MSAVE_T2,  8
    .equ MSAVE_T3,  12
    .equ MSAVE_T4,  16
    .equ MSAVE_SIZE, 20

    .section .text
    .globl _start
# _start: the first instruction, at RAM_BASE. a0 = hart id, a1 = device tree. Never returns.
_start:
    bnez a0, park_hart              # one hart runs the kernel; QEMU may start more
    la sp, boot_stack_top
    mv s0, a1
    la t0, __bss_start              # the boot stack is in .bss, but nothing is on it yet
    la t1, _end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:  mv a0, s0
    call fdt_scan
    call machine_setup
    la t0, kmain
    csrw mepc, t0
    li t0, MSTATUS_MPP_MASK
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    mret

park_hart:
    wfi
    j park_hart

# ARM_TIMER: mtimecmp = mtime + TIME_SLICE. Clobbers t1..t4.
    .macro ARM_TIMER
    li t1, CLINT_MTIME
1:  lw t2, 4(t1)                    # high, low, high again: a carry in between is retried
    lw t3, 0(t1)
    lw t4, 4(t1)
    bne t2, t4, 1b
    li t4, TIME_SLICE
    add t4, t3, t4
    sltu t3, t4, t3
    add t2, t2, t3
    li t1, CLINT_MTIMECMP
    li t3, -1
    sw t3, 0(t1)                    # low word all ones first: no early deadline while halves differ
    sw t2, 4(t1)
    sw t4, 0(t1)
    .endm

# machine_setup: PMP, delegation, counters, the trap vector and the first timer deadline.
# Clobbers t0..t4. M-mode only.
machine_setup:
    # One NAPOT entry of all ones covers the whole 34-bit physical space, R W X.
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f                     # A = NAPOT (3 << 3), X W R
    csrw pmpcfg0, t0
    li t0, DELEGATED_EXCEPTIONS
    csrw medeleg, t0
    li t0, DELEGATED_INTERRUPTS
    csrw mideleg, t0
    li t0, 7                        # cycle, time, instret readable below M-mode
    csrw mcounteren, t0
    csrw scounteren, t0
    la t0, machine_trap
    csrw mtvec, t0
    la t0, machine_save
    csrw mscratch, t0
    csrw satp, zero
    ARM_TIMER
    li t0, MIP_MTIP
    csrw mie, t0
    ret

# machine_trap: every trap that is not delegated. The machine timer re-arms itself and hands
# the tick to S-mode as STIP; an ecall from S-mode with a7 = MCALL_TIMER_ACK clears STIP.
# Anything else is a kernel bug: reported, and the machine powered off.
    .balign 4
machine_trap:
    csrrw t0, mscratch, t0
    sw t1, MSAVE_T1(t0)
    sw t2, MSAVE_T2(t0)
    sw t3, MSAVE_T3(t0)
    sw t4, MSAVE_T4(t0)
    csrr t1, mscratch
    sw t1, MSAVE_T0(t0)
    csrw mscratch, t0
    csrr t1, mcause
    li t2, CAUSE_INTERRUPT | IRQ_MTI
    beq t1, t2, machine_timer
    li t2, EXC_ECALL_S
    bne t1, t2, machine_fatal
    li t2, MCALL_POWER_OFF
    beq a7, t2, machine_power_off
    li t2, MCALL_TIMER_ACK
    bne a7, t2, machine_fatal
    li t1, MIP_STIP
    csrc mip, t1
    csrr t1, mepc
    addi t1, t1, 4
    csrw mepc, t1
    j machine_return

machine_timer:
    ARM_TIMER
    li t1, MIP_STIP
    csrs mip, t1
machine_return:
    csrr t0, mscratch
    lw t1, MSAVE_T1(t0)
    lw t2, MSAVE_T2(t0)
    lw t3, MSAVE_T3(t0)
    lw t4, MSAVE_T4(t0)
    lw t0, MSAVE_T0(t0)
    mret

# machine_fatal: a trap M-mode does not expect. Reports it on the console from a stack of its
# own (the interrupted sp may be a user address) and powers the machine off as a failure. M-mode
# does not translate addresses, so the console goes back to the UART's physical address.
machine_fatal:
    la sp, machine_stack_top
    li t0, UART_PHYS
    la t1, console_uart
    sw t0, 0(t1)
    la a0, machine_fatal_message
    csrr a1, mcause
    csrr a2, mepc
    csrr a3, mtval
    call kprintf
    li a0, 1
    j machine_power_off

# power_off: stops the machine. a0 = the status the run ends with: 0 is a pass, anything else a
# failure with that code. S-mode, with paging on or off; asks M-mode (MCALL_POWER_OFF). Never returns.
    .globl power_off
power_off:
    li a7, MCALL_POWER_OFF
    ecall

# machine_power_off: power_off in M-mode, through the sifive_test finisher. a0 = the status.
# Clobbers t0..t2. Never returns.
    .globl machine_power_off
machine_power_off:
    li t0, TEST_PHYS
    li t1, TEST_PASS
    beqz a0, 1f
    slli t1, a0, 16
    li t2, TEST_FAIL
    or t1, t1, t2
1:  sw t1, 0(t0)
2:  wfi
    j 2b

    .section .rodata
machine_fatal_message:
    .asciz "machine trap: mcause %x mepc %x mtval %x\n"

    .section .bss
    .balign 16
    .globl boot_stack_top
boot_stack:
    .space BOOT_STACK_SIZE
boot_stack_top:
machine_stack:
    .space MACHINE_STACK_SIZE
machine_stack_top:
machine_save:
    .space MSAVE_SIZE
