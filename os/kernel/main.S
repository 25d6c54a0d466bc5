# main.S: the S-mode kernel's start, kmain, which boot.S enters with mret.
#
# The order of the kernel's start-up, each step needing the ones before:
#   1. the banner and the physical page allocator (kalloc.S), then the memory report;
#   2. the kernel's page table and paging on (vm.S);
#   3. the trap vector and the timer interrupt (trap.S), the system call table (syscall.S);
#   4. the first process, /sbin/init, from the initrd or from the disk (proc.S), then the
#      scheduler (sched.S) for good.
# kmain runs on boot.S's boot stack, which then stays the scheduler's stack.

    .include "machine.inc"
    .include "ext2.inc"
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

# start_init: makes the first process, /sbin/init: the initrd's program when the machine was
# given one, else /sbin/init of the ext2 file system on the virtio block device. Stops the
# machine with a message saying why when it cannot. Clobbers the caller-saved registers.
start_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    la t0, initrd_start
    lw a1, 0(t0)
    la t0, initrd_end
    lw a2, 0(t0)
    bgeu a1, a2, init_from_disk
    sub a2, a2, a1
    sw a1, 4(sp)
    sw a2, 0(sp)
    la a0, initrd_message
    mv t0, a1
    mv a1, a2
    mv a2, t0
    call kprintf
    la a0, initrd_file
    lw a1, 4(sp)
    lw a2, 0(sp)
    call memfile_init
    la s0, initrd_file
    la a1, from_initrd
    j spawn_init
init_from_disk:
    call virtio_blk_init
    la a1, no_disk_message
    bnez a0, init_failed
    call ext2_mount
    bnez a0, mount_failed
    la a0, disk_message
    call kprintf
    la a0, disk_file
    la a1, init_path
    call inodefile_open
    la a1, from_disk
    bnez a0, cannot_run
    la s0, disk_file
spawn_init:
    sw a1, 4(sp)
    mv a0, s0
    la a1, init_argv
    la a2, init_envp
    call proc_spawn
    lw a1, 4(sp)
    bltz a0, cannot_run
    lw ra, 12(sp)
    lw s0, 8(sp)
    addi sp, sp, 16
    ret
mount_failed:
    la t0, ext2_errmsg                  # the file system's own account, when it gave one
    lw a1, 0(t0)
    bnez a1, 1f
    neg a0, a0
    call strerror
    mv a1, a0
1:  la a0, mount_failed_message
    j 2f
cannot_run:                             # a0 = -errno, a1 = where from
    mv s0, a1
    neg a0, a0
    call strerror
    mv a2, a0
    mv a1, s0
    la a0, cannot_run_message
    j 2f
init_failed:                            # a0 = -errno, a1 = the message
    mv s0, a1
    neg a0, a0
    call strerror
    mv a1, a0
    mv a0, s0
2:  call kprintf
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
no_disk_message:
    .asciz "kernel: no initrd and no disk (%s): no program to run as init\n"
mount_failed_message:
    .asciz "kernel: cannot mount the disk: %s\n"
disk_message:
    .asciz "disk: ext2 mounted, run /sbin/init\n"
cannot_run_message:
    .asciz "kernel: cannot run /sbin/init from the %s: %s\n"
from_initrd:
    .asciz "initrd"
from_disk:
    .asciz "disk"
banner:
    .asciz "Strata kernel: RV32IMA, Sv32, preemptive round robin\n"
memory_report:
    .asciz "memory: %u KiB at 0x%x, kernel %u KiB, free %u KiB\n"

    .section .bss
    .balign 4
initrd_file:    .space MEMFILE_BYTES    # the initrd as a file (memfile.S)
    .balign 4
disk_file:      .space INODEFILE_BYTES  # /sbin/init on the disk (inodefile.S)
