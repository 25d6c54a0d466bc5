# main.S: the S-mode kernel's start, kmain, which boot.S enters with mret.
#
# The order of the kernel's start-up, each step needing the ones before:
#   1. the banner and the physical page allocator (kalloc.S), then the memory report;
#   2. the kernel's page table and paging on (vm.S);
#   3. the trap vector and the timer interrupt (trap.S), the system call table (syscall.S);
#   4. the first process, /sbin/init, from the initrd (proc.S), then the scheduler (sched.S)
#      for good. (Once the disk driver and ext2 are in, init comes from the disk.)
# kmain runs on boot.S's boot stack, which then stays the scheduler's stack.

    .include "machine.inc"
    .include "file.inc"

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
    call vm_init
    call trap_init
    call syscall_init
    call start_init
    call scheduler

# start_init: makes the first process, /sbin/init, from the initrd, or stops the machine with a
# message saying why it cannot. Clobbers the caller-saved registers.
start_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    la t0, initrd_start
    lw a1, 0(t0)
    la t0, initrd_end
    lw a2, 0(t0)
    bgeu a1, a2, no_init
    sub a2, a2, a1
    sw a1, 8(sp)
    sw a2, 4(sp)
    la a0, initrd_message
    mv t0, a1
    mv a1, a2
    mv a2, t0
    call kprintf
    la a0, initrd_file
    lw a1, 8(sp)
    lw a2, 4(sp)
    call memfile_init
    la a0, initrd_file
    la a1, init_argv
    la a2, init_envp
    call proc_spawn
    bltz a0, init_failed
    lw ra, 12(sp)
    addi sp, sp, 16
    ret
no_init:
    la a0, no_init_message
    call kprintf
    li a0, 1
    call power_off
init_failed:
    neg a1, a0
    la a0, init_failed_message
    call kprintf
    li a0, 1
    call power_off

    .section .rodata
    .balign 4
init_argv:  .word init_path, 0          # as Linux starts init: no arguments,
init_envp:  .word init_home, init_term, 0   # HOME=/ and TERM=linux
init_path:  .asciz "/sbin/init"
init_home:  .asciz "HOME=/"
init_term:  .asciz "TERM=linux"
initrd_message:
    .asciz "initrd: %u bytes at 0x%x, run as /sbin/init\n"
no_init_message:
    .asciz "kernel: no initrd: no program to run as init\n"
init_failed_message:
    .asciz "kernel: cannot run /sbin/init from the initrd: error %u\n"
banner:
    .asciz "Strata kernel: RV32IMA, Sv32, preemptive round robin\n"
memory_report:
    .asciz "memory: %u KiB at 0x%x, kernel %u KiB, free %u KiB\n"

    .section .bss
    .balign 4
initrd_file:    .space MEMFILE_BYTES    # the initrd as a file (memfile.S)
