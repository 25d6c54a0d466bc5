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
    .include "errno.inc"

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

# start_init: mounts the disk's file system when there is a disk, then makes the first
# process, /sbin/init: the initrd's program when the machine was given one, else /sbin/init of
# the disk. Stops the machine with a message saying why when there is no init to run.
# Clobbers the caller-saved registers.
start_init:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    call virtio_blk_init
    mv s0, a0                           # s0: 0 once mounted, else why not
    li t0, -ENODEV
    beq a0, t0, 1f                      # no disk: not worth a word unless init is missing
    bnez a0, 2f
    call fs_clock                       # the mount frees orphans: their dtime
    call plic_disk_init                 # its interrupt, and requests that sleep (plic.S)
    call ext2_mount
    mv s0, a0
    bnez a0, 2f
    la a0, disk_message
    call kprintf
    j 1f
2:  call report_mount_failure
1:  la t0, initrd_start
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
    mv a0, s0
    la a1, no_disk_message
    li t0, -ENODEV
    beq s0, t0, init_failed             # no disk at all
    bnez s0, no_init                    # a disk that did not mount: said above
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
no_init:
    la a0, no_usable_disk_message
    call kprintf
    li a0, 1
    call power_off

# report_mount_failure: a0 = ext2_mount's error. Says on the console why the disk is not used.
# Clobbers the caller-saved registers.
report_mount_failure:
    addi sp, sp, -16
    sw ra, 12(sp)
    la t0, ext2_errmsg                  # the file system's own account, when it gave one
    lw a1, 0(t0)
    bnez a1, 1f
    neg a0, a0
    call strerror
    mv a1, a0
1:  la a0, mount_failed_message
    call kprintf
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

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
no_usable_disk_message:
    .asciz "kernel: no initrd and no usable disk: no program to run as init\n"
mount_failed_message:
    .asciz "disk: cannot mount it: %s\n"
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
