# procinfo.S: strata_processes, Strata's own system call (number 1024, far above Linux's; see
# docs/syscalls.md): the process table as /bin/ps needs it, which Linux gives through /proc.
# It reads the table and writes nothing in it; the records it fills are struct process_info
# (PI_*, strata.inc), generated from strata.os.abi.StrataAbi like every shared layout.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .include "strata.inc"

    .text
# sys_strata_processes: a0 = buf, a1 = count. Fills up to count records at buf, one for each
# process (a thread group: its leader's slot, as ps lists processes), in table order, and returns
# a0 = how many processes there are (more than count when buf was too short), or -EFAULT if buf
# cannot take the records written to it. May not sleep. Clobbers the caller-saved registers.
#   s0 buf, s1 count, s2 processes found, s3 the slot, s4 the current process's root table;
#   the record is built on the stack at 0(sp).
    .globl sys_strata_processes
    .type sys_strata_processes, @function
sys_strata_processes:
    addi sp, sp, -64
    sw ra, 60(sp)
    sw s0, 56(sp)
    sw s1, 52(sp)
    sw s2, 48(sp)
    sw s3, 44(sp)
    sw s4, 40(sp)
    mv s0, a0
    mv s1, a1
    li s2, 0
    la t0, current
    lw t0, 0(t0)
    lw s4, PCB_ROOT(t0)
    la s3, proc_table
.Lslot:
    la t0, proc_table_end
    bgeu s3, t0, .Ldone
    lw t0, PCB_STATE(s3)
    beqz t0, .Lnext                     # PROC_FREE
    lw t1, PCB_PID(s3)
    lw t2, PCB_TGID(s3)
    bne t1, t2, .Lnext                  # a thread other than its group's leader
    bgeu s2, s1, .Lcount                # buf is full: count it only
    sw t1, PI_PID(sp)
    sw t0, PI_STATE(sp)
    lw t0, PCB_PPID(s3)
    sw t0, PI_PPID(sp)
    lw t0, PCB_TICKS(s3)
    sw t0, PI_TICKS(sp)
    li t0, 0                            # the name, PROC_NAME_LENGTH bytes
1:  add t1, s3, t0
    lbu t1, PCB_NAME(t1)
    add t2, sp, t0
    sb t1, PI_NAME(t2)
    addi t0, t0, 1
    li t1, PROC_NAME_LENGTH
    bltu t0, t1, 1b
    mv a0, s4
    li t0, PI_SIZE
    mul a1, s2, t0
    add a1, s0, a1
    mv a2, sp
    li a3, PI_SIZE
    call copy_out
    bnez a0, .Lout                      # -EFAULT
.Lcount:
    addi s2, s2, 1
.Lnext:
    addi s3, s3, PCB_SIZE
    j .Lslot
.Ldone:
    mv a0, s2
.Lout:
    lw ra, 60(sp)
    lw s0, 56(sp)
    lw s1, 52(sp)
    lw s2, 48(sp)
    lw s3, 44(sp)
    lw s4, 40(sp)
    addi sp, sp, 64
    ret
    .size sys_strata_processes, . - sys_strata_processes
