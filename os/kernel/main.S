# main.S: the S-mode kernel's start, kmain, which boot.S enters with mret.
#
# The order of the kernel's start-up, each step needing the ones before:
#   1. the trap vector (trap.S), so that a kernel bug is reported, not a silent loop;
#   2. the banner and the physical page allocator (kalloc.S), then the memory report;
#   3. the kernel's page table and paging on (vm.S);
#   4. the first process, /sbin/init (proc.S), then the scheduler (sched.S), for good.
# kmain runs on boot.S's boot stack, which then stays the scheduler's stack.

    .include "machine.inc"

    .section .text
    .globl kmain
kmain:
    la sp, boot_stack_top
    la a0, banner
    call kprintf
    call kalloc_init
    la a0, memory_report
    la t0, ram_size
    lw a1, 0(t0)
    srli a1, a1, 10
    la t0, ram_base
    lw a2, 0(t0)
    la t0, _end
    sub a3, t0, a2
    PAGE_UP a3, a3
    srli a3, a3, 10
    la t0, free_pages
    lw a4, 0(t0)
    slli a4, a4, PAGE_SHIFT - 10
    call kprintf
    li a0, 0
    call power_off

    .section .rodata
banner:
    .asciz "Strata kernel: RV32IMA, Sv32, preemptive round robin\n"
memory_report:
    .asciz "memory: %u KiB at 0x%x, kernel %u KiB, free %u KiB\n"
