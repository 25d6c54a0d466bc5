# proc.S: making a process from a program file, or as a copy of another (fork).
#
# A process owns a slot of proc_table (sched.S), an address space (vm.S) and a kernel stack of
# one page, whose top holds the trap frame of its user registers (kernel-layout.inc, TF_*).
# proc_spawn builds all three and loads the program (exec.S); the process then waits in the
# run queue as RUNNABLE, and its first turn enters U-mode at the program's entry point through
# user_return (trap.S), with every register zero but sp, as Linux starts a static program.

    .include "machine.inc"
    .include "errno.inc"
    .include "exec.inc"
    .include "kernel-layout.inc"

    .equ SPAWN_RA,      0
    .equ SPAWN_S0,      4               # s0..s3
    .equ SPAWN_INFO,    20              # exec_load's report (exec.inc)
    .equ SPAWN_SIZE,    32

    .section .text
# proc_spawn: a0 = a program file (file.inc), a1 = argv, a2 = envp (kernel arrays of kernel
# strings, 0-terminated; argv[0] names the process). Returns a0 = the new process's pid, or
# -EAGAIN (the table is full), -ENOMEM, or exec_load's error. May sleep (it reads the file).
# Clobbers the caller-saved registers.
    .globl proc_spawn
proc_spawn:
    addi sp, sp, -SPAWN_SIZE
    sw ra, SPAWN_RA(sp)
    sw s0, SPAWN_S0 + 0(sp)
    sw s1, SPAWN_S0 + 4(sp)
    sw s2, SPAWN_S0 + 8(sp)
    sw s3, SPAWN_S0 + 12(sp)
    mv s0, a0                           # s0: the file
    mv s1, a1                           # s1: argv
    mv s2, a2                           # s2: envp
    call proc_alloc
    beqz a0, table_full
    mv s3, a0                           # s3: the slot, FREE until it is complete
    call page_alloc
    beqz a0, no_memory
    sw a0, PCB_KSTACK(s3)
    call vm_create
    beqz a0, no_address_space
    sw a0, PCB_ROOT(s3)
    mv a1, s0
    mv a2, s1
    mv a3, s2
    addi a4, sp, SPAWN_INFO
    call exec_load
    bnez a0, not_loaded
    lw t0, PCB_KSTACK(s3)
    li t1, PAGE_SIZE - TF_SIZE
    add t0, t0, t1                      # the trap frame, zero as page_alloc made it
    lw t1, SPAWN_INFO + EXEC_ENTRY(sp)
    sw t1, TF_EPC(t0)
    lw t1, SPAWN_INFO + EXEC_SP(sp)
    sw t1, TF_SP(t0)
    lw t1, SPAWN_INFO + EXEC_BRK(sp)
    sw t1, PCB_BRK_BASE(s3)
    sw t1, PCB_BRK(s3)
    lw a1, 0(s1)
    addi a0, s3, PCB_NAME
    call set_name
    mv a0, s3
    call files_first
    mv a0, s3
    call proc_first_context
    li t0, PROC_RUNNABLE
    sw t0, PCB_STATE(s3)
    lw a0, PCB_PID(s3)
    j spawned
not_loaded:
    mv s1, a0                           # the error
    lw a0, PCB_ROOT(s3)
    call vm_free
    lw a0, PCB_KSTACK(s3)
    call page_free
    mv a0, s1
    j spawned
no_address_space:
    lw a0, PCB_KSTACK(s3)
    call page_free
no_memory:
    li a0, -ENOMEM
    j spawned
table_full:
    li a0, -EAGAIN
spawned:
    lw ra, SPAWN_RA(sp)
    lw s0, SPAWN_S0 + 0(sp)
    lw s1, SPAWN_S0 + 4(sp)
    lw s2, SPAWN_S0 + 8(sp)
    lw s3, SPAWN_S0 + 12(sp)
    addi sp, sp, SPAWN_SIZE
    ret

# set_name: a0 = a PCB_NAME field, a1 = a path (or 0). Stores the path's last component, cut to
# fit with its NUL (as Linux's comm). Clobbers t0..t2.
set_name:
    beqz a1, 4f
    mv t0, a1                           # t0: after the last '/'
1:  lbu t1, 0(a1)
    beqz t1, 2f
    addi a1, a1, 1
    li t2, '/'
    bne t1, t2, 1b
    mv t0, a1
    j 1b
2:  addi t2, a0, PROC_NAME_LENGTH - 1  # the field's last byte is for the NUL
3:  bgeu a0, t2, 4f
    lbu t1, 0(t0)
    beqz t1, 4f
    sb t1, 0(a0)
    addi a0, a0, 1
    addi t0, t0, 1
    j 3b
4:  sb zero, 0(a0)
    ret

# proc_fork: a0 = the new user stack pointer (0: the same as the caller's). Makes a copy of the
# current process: a new slot, kernel stack and address space holding a copy of every user page,
# the same registers but a0 = 0 (the child's result), the same break and name, the caller as
# its parent. Returns a0 = 0 and a1 = the child's slot (RUNNABLE), or a0 = -EAGAIN (the table
# is full) or -ENOMEM (nothing is then left allocated). Clobbers the caller-saved registers.
    .globl proc_fork
proc_fork:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s4, a0                           # s4: the new sp, or 0
    la t0, current
    lw s0, 0(t0)                        # s0: the parent
    call proc_alloc
    li t0, -EAGAIN
    beqz a0, fork_done_with
    mv s1, a0                           # s1: the child, FREE until complete
    call page_alloc
    beqz a0, fork_no_memory
    sw a0, PCB_KSTACK(s1)
    call vm_create
    beqz a0, fork_no_root
    sw a0, PCB_ROOT(s1)
    lw a0, PCB_ROOT(s0)
    lw a1, PCB_ROOT(s1)
    call copy_user_pages
    bnez a0, fork_no_pages
    lw a0, PCB_KSTACK(s1)                 # the registers
    li t0, PAGE_SIZE - TF_SIZE
    add a0, a0, t0
    lw a1, PCB_KSTACK(s0)
    add a1, a1, t0
    li a2, TF_SIZE
    call memcpy
    sw zero, TF_A0(a0)
    beqz s4, 1f
    sw s4, TF_SP(a0)
1:  lw t0, PCB_TGID(s0)                  # the parent is the process, whichever thread forked
    sw t0, PCB_PPID(s1)
    lw t0, PCB_BRK_BASE(s0)
    sw t0, PCB_BRK_BASE(s1)
    lw t0, PCB_BRK(s0)
    sw t0, PCB_BRK(s1)
    addi a0, s1, PCB_NAME
    addi a1, s0, PCB_NAME
    li a2, PROC_NAME_LENGTH
    call memcpy
    mv a0, s0
    mv a1, s1
    call signal_fork                    # the mask and the handlers
    mv a0, s1
    li a1, 0                            # a table and a directory of its own
    call files_fork
    mv a0, s1
    call proc_first_context
    li t0, PROC_RUNNABLE
    sw t0, PCB_STATE(s1)
    li t0, 0
    j fork_done_with
fork_no_pages:
    lw a0, PCB_ROOT(s1)
    call vm_free
fork_no_root:
    lw a0, PCB_KSTACK(s1)
    call page_free
fork_no_memory:
    li t0, -ENOMEM
fork_done_with:
    mv a0, t0
    mv a1, s1
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

# copy_user_pages: a0 = a root, a1 = another with no user pages. Gives the second a copy of
# every user page of the first, same addresses and permissions. Returns a0 = 0 or -ENOMEM
# (the pages copied so far stay in the second, for vm_free). Clobbers the caller-saved registers.
copy_user_pages:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s0, a0                           # s0: from
    mv s1, a1                           # s1: to
    li s2, 0                            # s2: the user address
1:  srli t0, s2, 22                     # a root entry without a table: skip its 4 MiB
    slli t0, t0, 2
    add t0, s0, t0
    lw t0, 0(t0)
    andi t0, t0, PTE_V
    bnez t0, 2f
    li t0, MEGAPAGE_SIZE
    add s2, s2, t0
    j 5f
2:  mv a0, s0
    mv a1, s2
    li a2, 0
    call vm_pte
    beqz a0, 4f
    lw s3, 0(a0)                        # s3: the entry
    andi t0, s3, PTE_V | PTE_U
    li t1, PTE_V | PTE_U
    bne t0, t1, 4f
    call page_alloc
    beqz a0, 6f
    mv s4, a0                           # s4: the copy
    srli a1, s3, PTE_PPN_SHIFT
    slli a1, a1, PAGE_SHIFT
    li a2, PAGE_SIZE
    call memcpy
    mv a0, s1
    mv a1, s2
    mv a2, s4
    andi a3, s3, PTE_R | PTE_W | PTE_X | PTE_U
    call vm_map
    beqz a0, 4f
    mv a0, s4
    call page_free
    j 6f
4:  li t0, PAGE_SIZE
    add s2, s2, t0
5:  li t0, USER_TOP
    bltu s2, t0, 1b
    li a0, 0
    j 7f
6:  li a0, -ENOMEM
7:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret

# proc_exec: a0 = a program file (file.inc), a1 = argv, a2 = envp (kernel arrays of kernel
# strings), a3 = the program's path. Replaces the current process's program: a new address space
# is loaded, and only when that worked is the old one freed, the registers cleared (pc at the
# entry, sp at the new stack, every other register 0) and the name and break reset. Returns
# a0 = 0, or -ENOMEM or exec_load's error with the process as it was. May sleep (reads).
# Clobbers the caller-saved registers.
    .globl proc_exec
proc_exec:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    mv s0, a0                           # s0: the file
    mv s1, a1                           # s1: argv
    mv s2, a2                           # s2: envp
    mv s3, a3                           # s3: the path
    call vm_create
    li t0, -ENOMEM
    beqz a0, 2f
    mv s4, a0                           # s4: the new address space
    mv a1, s0
    mv a2, s1
    mv a3, s2
    addi a4, sp, 0                      # exec_load's report, EXEC_SIZE bytes at sp
    call exec_load
    beqz a0, 1f
    mv s1, a0                           # the error
    mv a0, s4
    call vm_free
    mv t0, s1
    j 2f
1:  la t0, current                      # the point of no return
    lw s0, 0(t0)                        # s0: now the process
    lw s1, PCB_ROOT(s0)
    sw s4, PCB_ROOT(s0)
    mv a0, s4
    call vm_activate
    mv a0, s1
    call vm_free
    lw t0, PCB_KSTACK(s0)
    li t1, PAGE_SIZE - TF_SIZE
    add t0, t0, t1                      # the trap frame, cleared
    addi t1, t0, TF_SIZE
3:  sw zero, 0(t0)
    addi t0, t0, 4
    bltu t0, t1, 3b
    addi t0, t1, -TF_SIZE
    lw t1, EXEC_ENTRY(sp)
    sw t1, TF_EPC(t0)
    lw t1, EXEC_SP(sp)
    sw t1, TF_SP(t0)
    lw t1, EXEC_BRK(sp)
    sw t1, PCB_BRK_BASE(s0)
    sw t1, PCB_BRK(s0)
    addi a0, s0, PCB_NAME
    mv a1, s3
    call set_name
    call files_exec
    mv a0, s0
    call signal_exec                    # handlers back to SIG_DFL
    li t0, 0
2:  mv a0, t0
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    addi sp, sp, 48
    ret

# proc_thread: a0 = the new thread's sp, a1 = its tp, a2 = non-zero to set tp, a3 = clone's
# flags (CLONE_FILES, CLONE_FS: files_fork). Makes a thread of the current process: a new slot
# and kernel stack, the same address space, break, group, parent and name, the caller's
# registers but a0 = 0 and sp (and tp), the descriptor table and current directory shared or
# copied as the flags say. Returns a0 = 0 and a1 = the thread's slot (RUNNABLE, detached), or
# a0 = -EAGAIN or -ENOMEM. Clobbers the caller-saved registers.
    .globl proc_thread
proc_thread:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    sw s4, 8(sp)
    mv s2, a0                           # s2: sp
    mv s3, a1                           # s3: tp
    mv s4, a2                           # s4: whether to set tp
    sw a3, 4(sp)                        # clone's flags
    la t0, current
    lw s0, 0(t0)                        # s0: the caller
    call proc_alloc
    li t0, -EAGAIN
    beqz a0, 2f
    mv s1, a0                           # s1: the thread, FREE until complete
    call page_alloc
    li t0, -ENOMEM
    beqz a0, 2f
    sw a0, PCB_KSTACK(s1)
    li t0, PAGE_SIZE - TF_SIZE
    add a0, a0, t0
    lw a1, PCB_KSTACK(s0)
    add a1, a1, t0
    li a2, TF_SIZE
    call memcpy                         # a0: the thread's frame
    sw zero, TF_A0(a0)
    sw s2, TF_SP(a0)
    beqz s4, 1f
    sw s3, TF_TP(a0)
1:  lw t0, PCB_ROOT(s0)
    sw t0, PCB_ROOT(s1)
    lw t0, PCB_TGID(s0)
    sw t0, PCB_TGID(s1)
    lw t0, PCB_PPID(s0)
    sw t0, PCB_PPID(s1)
    lw t0, PCB_BRK_BASE(s0)
    sw t0, PCB_BRK_BASE(s1)
    lw t0, PCB_BRK(s0)
    sw t0, PCB_BRK(s1)
    li t0, 1
    sw t0, PCB_DETACHED(s1)
    addi a0, s1, PCB_NAME
    addi a1, s0, PCB_NAME
    li a2, PROC_NAME_LENGTH
    call memcpy
    mv a0, s0
    mv a1, s1
    call signal_fork                    # the mask and the handlers
    mv a0, s1
    lw a1, 4(sp)
    call files_fork
    mv a0, s1
    call proc_first_context
    li t0, PROC_RUNNABLE
    sw t0, PCB_STATE(s1)
    li t0, 0
2:  mv a0, t0
    mv a1, s1
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    lw s4, 8(sp)
    addi sp, sp, 32
    ret
