# proc.S: making a process from a program file.
#
# A process owns a slot of proc_table (sched.S), an address space (vm.S) and a kernel stack of
# one page, whose top holds the trap frame of its user registers (kernel-layout.inc, TF_*).
# proc_spawn builds all three and loads the program (exec.S); the process then waits in the
# run queue as RUNNABLE, and its first turn enters U-mode at the program's entry point through
# user_return (trap.S), with every register zero but sp, as Linux starts a static program.

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"

    .equ SPAWN_RA,      0
    .equ SPAWN_S0,      4               # s0..s3
    .equ SPAWN_INFO,    20              # exec_load's report: entry, sp, brk
    .equ SPAWN_SIZE,    32

    .equ EXEC_ENTRY,    0               # (exec.S's report)
    .equ EXEC_SP,       4
    .equ EXEC_BRK,      8

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
    sw a0, P_KSTACK(s3)
    call vm_create
    beqz a0, no_address_space
    sw a0, P_ROOT(s3)
    mv a1, s0
    mv a2, s1
    mv a3, s2
    addi a4, sp, SPAWN_INFO
    call exec_load
    bnez a0, not_loaded
    lw t0, P_KSTACK(s3)
    li t1, PAGE_SIZE - TF_SIZE
    add t0, t0, t1                      # the trap frame, zero as page_alloc made it
    lw t1, SPAWN_INFO + EXEC_ENTRY(sp)
    sw t1, TF_EPC(t0)
    lw t1, SPAWN_INFO + EXEC_SP(sp)
    sw t1, TF_SP(t0)
    lw t1, SPAWN_INFO + EXEC_BRK(sp)
    sw t1, P_BRK_BASE(s3)
    sw t1, P_BRK(s3)
    lw a1, 0(s1)
    addi a0, s3, P_NAME
    call set_name
    mv a0, s3
    call proc_first_context
    li t0, PROC_RUNNABLE
    sw t0, P_STATE(s3)
    lw a0, P_PID(s3)
    j spawned
not_loaded:
    mv s1, a0                           # the error
    lw a0, P_ROOT(s3)
    call vm_free
    lw a0, P_KSTACK(s3)
    call page_free
    mv a0, s1
    j spawned
no_address_space:
    lw a0, P_KSTACK(s3)
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

# set_name: a0 = a P_NAME field, a1 = a path (or 0). Stores the path's last component, cut to
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
