# sched.S: the process table, the round-robin scheduler and the context switch.
#
# proc_table holds NPROC slots of PCB_SIZE bytes (kernel-layout.inc; proc_table_end marks its end
# for the debugger). `current` is the slot running now, 0 while the scheduler runs.
# The scheduler runs on the boot stack, in its own context: it wakes the SLEEPING processes
# whose time has come, picks the next RUNNABLE slot after the last one it ran, switches to that process's address space and kernel stack, and
# gets control back when the process yields (a timer tick: preemption, sched_yield), sleeps
# (sleep_on and the routines below: wait channels) or exits. With nothing runnable it waits for
# an interrupt with `wfi`, the only time after the boot that the kernel runs with interrupts on
# (device interrupts wake sleepers: plic.S). Every process gets the same slice, the machine
# timer's (boot.S). This file also keeps the file-system lock (fs_lock, fs_unlock).
# Invariants: exactly one slot is RUNNING while a process runs and none while the scheduler
# does; a ZOMBIE's memory and kernel stack are freed, its slot keeps its wait status; the holder
# of the file-system lock is running, runnable, or asleep on the disk (sleep_holding), never in
# another sleep.
#
# A context is what a switch keeps on the kernel stack it leaves: ra and s0..s11.

    .include "machine.inc"
    .include "kernel-layout.inc"

    .equ CTX_RA,        0
    .equ CTX_S0,        4               # s0..s11 follow
    .equ CTX_SIZE,      52

    .section .text
# scheduler: runs the processes for good. Called once, by kmain, on the boot stack.
    .globl scheduler
scheduler:
    li s0, NPROC - 1                    # s0: the index of the slot that ran last
next_process:
    call wake_sleepers
    li s1, 0                            # s1: slots looked at
1:  addi s0, s0, 1
    li t0, NPROC
    bltu s0, t0, 2f
    li s0, 0
2:  li t0, PCB_SIZE
    mul t0, s0, t0
    la s2, proc_table
    add s2, s2, t0                      # s2: the slot
    lw t0, PCB_STATE(s2)
    li t1, PROC_RUNNABLE
    beq t0, t1, run
    addi s1, s1, 1
    li t0, NPROC
    bltu s1, t0, 1b
    csrsi sstatus, SSTATUS_SIE          # nothing to run: wait for a tick or a device
    wfi
    csrci sstatus, SSTATUS_SIE
    j next_process
run:
    li t0, PROC_RUNNING
    sw t0, PCB_STATE(s2)
    la t0, current
    sw s2, 0(t0)
    lw a0, PCB_ROOT(s2)
    call vm_activate
    la a0, scheduler_context
    lw a1, PCB_CONTEXT(s2)
    call switch_context
    la t0, current
    sw zero, 0(t0)
    lw t0, PCB_STATE(s2)
    li t1, PROC_ZOMBIE
    bne t0, t1, next_process
    lw a0, PCB_KSTACK(s2)                 # off that stack now: it can go
    beqz a0, 1f
    sw zero, PCB_KSTACK(s2)
    call page_free
1:  lw t0, PCB_DETACHED(s2)
    beqz t0, next_process
    sw zero, PCB_STATE(s2)                # a thread: nobody waits for it
    j next_process

# wake_sleepers: makes RUNNABLE every SLEEPING process whose wake time has come. Clobbers t0..t5.
wake_sleepers:
1:  csrr t1, timeh                      # t1:t0 = now
    csrr t0, time
    csrr t2, timeh
    bne t1, t2, 1b
    la t2, proc_table
    la t3, proc_table_end
2:  lw t4, PCB_STATE(t2)
    li t5, PROC_SLEEPING
    bne t4, t5, 4f
    lw t4, PCB_WAKE_HIGH(t2)
    bltu t1, t4, 4f                     # not yet
    bne t1, t4, 3f
    lw t4, PCB_WAKE_LOW(t2)
    bltu t0, t4, 4f
3:  li t4, PROC_RUNNABLE
    sw t4, PCB_STATE(t2)
4:  addi t2, t2, PCB_SIZE
    bltu t2, t3, 2b
    ret

# Sleeping and waking. A thread that must wait for something sleeps on a wait channel, the
# address of what it waits for (a pipe, the console's line, the disk's used ring, the file-system
# lock, a parent's slot), with a deadline or none; wakeup(channel) makes every sleeper on it
# RUNNABLE, and the timer (wake_sleepers) the ones whose deadline has come, and signal_send one
# that a signal is for (signal.S). A woken thread always looks again at what it waited for: a
# wake-up may be for another sleeper on the same channel, or a signal's. No wake-up is lost
# between the look and the sleep: the kernel runs with interrupts off, so nothing can change the
# condition in between (interrupts come only in U-mode and in the scheduler's idle `wfi`).

# sleep_on_until: a0 = a wait channel (0: none), a1, a2 = an mtime (low, high word; all ones:
# none). The current thread sleeps until wakeup(a0), that time (at the scheduler tick after it:
# 10 ms late at most) or a signal for it; the file-system lock, when it holds it, is given up
# meanwhile and taken again before the return, as early Unix's and Linux's big kernel lock was on
# sleep (only the disk wait keeps it: sleep_holding). Returns then. Clobbers the caller-saved
# registers.
    .globl sleep_on_until
sleep_on_until:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw a0, 8(sp)
    sw a1, 4(sp)
    sw a2, 0(sp)
    la t0, fs_lock_owner
    lw t1, 0(t0)
    la t2, current
    lw t2, 0(t2)
    sub s0, t1, t2
    seqz s0, s0                         # s0: 1 when the sleeper holds the file-system lock
    beqz s0, 1f
    call fs_unlock
1:  lw a0, 8(sp)
    lw a1, 4(sp)
    lw a2, 0(sp)
    call sleep_holding
    beqz s0, 2f
    call fs_lock
2:  lw ra, 28(sp)
    lw s0, 24(sp)
    addi sp, sp, 32
    ret

# sleep_on: a0 = a wait channel. sleep_on_until with no deadline: until wakeup(a0) or a signal.
# Clobbers the caller-saved registers.
    .globl sleep_on
sleep_on:
    li a1, -1
    li a2, -1
    j sleep_on_until

# sleep_until: a0, a1 = an mtime (low, high words). sleep_on_until on no channel: until then or a
# signal. Clobbers the caller-saved registers.
    .globl sleep_until
sleep_until:
    mv a2, a1
    mv a1, a0
    li a0, 0
    j sleep_on_until

# sleep_holding: sleep_on_until's contract, but whatever the thread holds stays held: for the
# disk wait (virtio.S), whose sleeper is inside the file system, and the file-system lock's own
# wait. Clobbers the caller-saved registers.
    .globl sleep_holding
sleep_holding:
    addi sp, sp, -16
    sw ra, 12(sp)
    la t0, current
    lw t0, 0(t0)
    sw a0, PCB_CHANNEL(t0)
    sw a1, PCB_WAKE_LOW(t0)
    sw a2, PCB_WAKE_HIGH(t0)
    li t1, PROC_SLEEPING
    sw t1, PCB_STATE(t0)
    addi a0, t0, PCB_CONTEXT
    la t1, scheduler_context
    lw a1, 0(t1)
    call switch_context
    la t0, current
    lw t0, 0(t0)
    sw zero, PCB_CHANNEL(t0)
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# wakeup: a0 = a wait channel, not 0 (0 would wake every sleeper that waits only for its time).
# Makes every thread SLEEPING on it RUNNABLE. Never sleeps; for interrupt handlers too.
# Clobbers t0..t2.
    .globl wakeup
wakeup:
    la t0, proc_table
1:  lw t1, PCB_STATE(t0)
    li t2, PROC_SLEEPING
    bne t1, t2, 2f
    lw t1, PCB_CHANNEL(t0)
    bne t1, a0, 2f
    li t1, PROC_RUNNABLE
    sw t1, PCB_STATE(t0)
2:  addi t0, t0, PCB_SIZE
    la t1, proc_table_end
    bltu t0, t1, 1b
    ret

# The file-system lock: one sleeping lock over ext2, the block cache and the disk, taken by
# syscall (syscall.S) around every system call that may reach them and given back at its end;
# fs_lock_owner is the slot that holds it, 0 when free. Why it is needed and what it covers:
# docs/kernel-storage.md, "The file-system lock". Interrupt handlers never take it.

# fs_lock: takes the lock for the current thread, sleeping until it is free. Clobbers the
# caller-saved registers.
    .globl fs_lock
fs_lock:
    addi sp, sp, -16
    sw ra, 12(sp)
1:  la t0, fs_lock_owner
    lw t1, 0(t0)
    beqz t1, 2f
    mv a0, t0
    li a1, -1
    li a2, -1
    call sleep_holding
    j 1b
2:  la t1, current
    lw t1, 0(t1)
    sw t1, 0(t0)
    lw ra, 12(sp)
    addi sp, sp, 16
    ret

# fs_unlock: gives the lock back and wakes its waiters. Clobbers a0, t0..t2.
    .globl fs_unlock
fs_unlock:
    la a0, fs_lock_owner
    sw zero, 0(a0)
    j wakeup

# yield: the current process gives up the hart; it runs again on a later turn. Returns then.
# Clobbers the caller-saved registers.
    .globl yield
yield:
    la t0, current
    lw t0, 0(t0)
    li t1, PROC_RUNNABLE
    sw t1, PCB_STATE(t0)
    addi a0, t0, PCB_CONTEXT
    la t1, scheduler_context
    lw a1, 0(t1)
    j switch_context

# switch_context: a0 = where to keep the current kernel stack pointer, a1 = the stack pointer
# of the context to resume. Saves ra, s0..s11 on the current stack and resumes the other;
# returns when something switches back here. Clobbers the caller-saved registers.
switch_context:
    addi sp, sp, -CTX_SIZE
    sw ra, CTX_RA(sp)
    sw s0, CTX_S0 + 0(sp)
    sw s1, CTX_S0 + 4(sp)
    sw s2, CTX_S0 + 8(sp)
    sw s3, CTX_S0 + 12(sp)
    sw s4, CTX_S0 + 16(sp)
    sw s5, CTX_S0 + 20(sp)
    sw s6, CTX_S0 + 24(sp)
    sw s7, CTX_S0 + 28(sp)
    sw s8, CTX_S0 + 32(sp)
    sw s9, CTX_S0 + 36(sp)
    sw s10, CTX_S0 + 40(sp)
    sw s11, CTX_S0 + 44(sp)
    sw sp, 0(a0)
    mv sp, a1
    lw ra, CTX_RA(sp)
    lw s0, CTX_S0 + 0(sp)
    lw s1, CTX_S0 + 4(sp)
    lw s2, CTX_S0 + 8(sp)
    lw s3, CTX_S0 + 12(sp)
    lw s4, CTX_S0 + 16(sp)
    lw s5, CTX_S0 + 20(sp)
    lw s6, CTX_S0 + 24(sp)
    lw s7, CTX_S0 + 28(sp)
    lw s8, CTX_S0 + 32(sp)
    lw s9, CTX_S0 + 36(sp)
    lw s10, CTX_S0 + 40(sp)
    lw s11, CTX_S0 + 44(sp)
    addi sp, sp, CTX_SIZE
    ret

# proc_first_context: a0 = a slot whose kernel stack holds a fresh trap frame. Makes the
# context the scheduler resumes it with: a switch that "returns" into user_return with sp at
# the trap frame. Clobbers t0, t1.
    .globl proc_first_context
proc_first_context:
    lw t0, PCB_KSTACK(a0)
    li t1, PAGE_SIZE - TF_SIZE - CTX_SIZE
    add t0, t0, t1
    la t1, user_return
    sw t1, CTX_RA(t0)
    sw t0, PCB_CONTEXT(a0)
    ret

# proc_alloc: returns a0 = a FREE slot, now RUNNABLE-to-be (state still FREE, pid given, other
# fields zero), or 0 when the table is full. Clobbers t0..t3.
    .globl proc_alloc
proc_alloc:
    la a0, proc_table
    la t0, proc_table_end
1:  bgeu a0, t0, 3f
    lw t1, PCB_STATE(a0)
    beqz t1, 2f                         # PROC_FREE
    addi a0, a0, PCB_SIZE
    j 1b
2:  mv t1, a0                           # zero the slot
    addi t2, a0, PCB_SIZE
4:  sw zero, 0(t1)
    addi t1, t1, 4
    bltu t1, t2, 4b
    la t1, next_pid
    lw t2, 0(t1)
    addi t3, t2, 1
    sw t3, 0(t1)
    sw t2, PCB_PID(a0)
    sw t2, PCB_TGID(a0)
    ret
3:  li a0, 0
    ret

# proc_exit: a0 = the wait status (exit code << 8, or the number of the signal that killed it).
# Ends the current process (proc_make_zombie) and hands the hart to the scheduler. When init
# (pid 1) ends, the machine powers off with its exit code (128 + the signal when a signal killed
# it). Never returns.
    .globl proc_exit
proc_exit:
    la t0, current
    lw s0, 0(t0)
    mv a1, a0
    mv a0, s0
    call proc_make_zombie
    lw t0, PCB_PID(s0)
    li t1, 1
    beq t0, t1, init_ended
    addi a0, s0, PCB_CONTEXT
    la t1, scheduler_context
    lw a1, 0(t1)
    call switch_context                 # the scheduler never switches back to a zombie

# proc_make_zombie: a0 = a live process or thread, a1 = its wait status. Its memory goes back to
# the allocator (the address space only when no other thread uses it; its kernel stack too,
# unless it is the current one, which is still on it: the scheduler frees that one), it becomes
# a ZOMBIE until its parent waits for it (a detached thread's slot is simply freed), its
# children become init's, as on Linux, and when it was its process's last thread the parent hears
# of it (signal_child_ended: SIGCHLD, or the zombie reaps itself). The holder of the file-system lock is the exception: when
# it is the current thread it gives the lock back first; when it is another, it is asleep on the
# disk in the middle of a file-system call, which must end to leave ext2 whole, so it is not ended
# here but given the signal that ends it (SIGKILL for an exit) to take on its way out, as Linux
# lets a thread in an uninterruptible sleep finish first. Clobbers the caller-saved registers.
    .equ WAIT_SIGNAL_MASK, 0x7f         # the wait status's low bits: the signal that ended it
    .globl proc_make_zombie
proc_make_zombie:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    la t0, fs_lock_owner
    lw t0, 0(t0)
    bne t0, s0, 10f
    la t0, current
    lw t0, 0(t0)
    beq t0, s0, 9f
    andi t0, a1, WAIT_SIGNAL_MASK       # t0: the signal it takes
    bnez t0, 11f
    li t0, SIGKILL
11: addi t0, t0, -1
    addi t1, s0, PCB_SIG_PENDING
    srli t2, t0, 5                      # signals 33..64 in the next word
    slli t2, t2, 2
    add t1, t1, t2
    andi t0, t0, 31
    li t2, 1
    sll t2, t2, t0
    lw t0, 0(t1)
    or t0, t0, t2
    sw t0, 0(t1)
    j 12f
9:  sw a1, 0(sp)
    call fs_unlock
    lw a1, 0(sp)
10: sw a1, PCB_WAIT_STATUS(s0)
    call files_exit                     # (a0 is still the process)
    sw zero, PCB_FUTEX(s0)
    lw s1, PCB_ROOT(s0)                   # s1: its address space, if nobody else's
    sw zero, PCB_ROOT(s0)
    la t1, proc_table
    la t2, proc_table_end
1:  lw t3, PCB_STATE(t1)
    beqz t3, 2f                         # PROC_FREE
    lw t3, PCB_ROOT(t1)                   # (zombies have root 0)
    bne t3, s1, 2f
    li s1, 0                            # another thread still uses it
2:  addi t1, t1, PCB_SIZE
    bltu t1, t2, 1b
    la t0, current
    lw t0, 0(t0)
    bne t0, s0, 3f
    beqz s1, 4f
    la t0, kernel_root                  # off the address space about to go
    lw a0, 0(t0)
    call vm_activate
    j 4f
3:  lw a0, PCB_KSTACK(s0)                 # switched out: its stack holds nothing it will need
    sw zero, PCB_KSTACK(s0)
    call page_free
4:  beqz s1, 5f
    mv a0, s1
    call vm_free
5:  li t0, PROC_ZOMBIE
    sw t0, PCB_STATE(s0)
    la t0, current
    lw t0, 0(t0)
    beq t0, s0, 6f                      # the scheduler frees a detached current thread's slot
    lw t0, PCB_DETACHED(s0)
    beqz t0, 6f
    sw zero, PCB_STATE(s0)
6:  lw t0, PCB_PID(s0)
    la t1, proc_table
    la t2, proc_table_end
7:  lw t3, PCB_PPID(t1)
    bne t3, t0, 8f
    li t3, 1
    sw t3, PCB_PPID(t1)
8:  addi t1, t1, PCB_SIZE
    bltu t1, t2, 7b
    lw a0, PCB_PPID(s0)                   # a waitid of its parent's looks again (its channel: the
    call proc_find                      # slot of the parent's first thread),
    beqz a0, 13f
    call wakeup
13: li a0, 1                            # and init's, which may have taken zombies over
    call proc_find
    beqz a0, 14f
    call wakeup
14: mv a0, s0
    call signal_child_ended             # the parent's SIGCHLD, or the zombie reaps itself
12: lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# proc_end_group: a0 = a process or thread, a1 = a wait status. Ends every other live thread of
# its group (proc_make_zombie), leaving a0 itself alone. Clobbers the caller-saved registers.
    .globl proc_end_group
proc_end_group:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    sw s2, 0(sp)
    mv s0, a0
    mv s1, a1
    la s2, proc_table
1:  beq s2, s0, 2f
    lw t0, PCB_STATE(s2)
    beqz t0, 2f                         # PROC_FREE
    li t1, PROC_ZOMBIE
    beq t0, t1, 2f
    lw t0, PCB_TGID(s2)
    lw t1, PCB_TGID(s0)
    bne t0, t1, 2f
    mv a0, s2
    mv a1, s1
    call proc_make_zombie
2:  addi s2, s2, PCB_SIZE
    la t0, proc_table_end
    bltu s2, t0, 1b
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    lw s2, 0(sp)
    addi sp, sp, 16
    ret

# proc_exit_group: a0 = a wait status. Ends the current process: every thread of its group, then
# the current one (proc_exit). Never returns.
    .globl proc_exit_group
proc_exit_group:
    mv a1, a0
    la t0, current
    lw a0, 0(t0)
    sw a1, PCB_WAIT_STATUS(a0)            # kept across the call below (a zombie-to-be's own field)
    call proc_end_group
    la t0, current
    lw t0, 0(t0)
    lw a0, PCB_WAIT_STATUS(t0)
    j proc_exit

# proc_find: a0 = a pid. Returns a0 = its slot (a live process or a zombie), or 0. Clobbers t0..t2.
    .globl proc_find
proc_find:
    la t0, proc_table
    la t1, proc_table_end
1:  lw t2, PCB_STATE(t0)
    beqz t2, 2f                         # PROC_FREE
    lw t2, PCB_PID(t0)
    beq t2, a0, 3f
2:  addi t0, t0, PCB_SIZE
    bltu t0, t1, 1b
    li a0, 0
    ret
3:  mv a0, t0
    ret

init_ended:
    lw s1, PCB_WAIT_STATUS(s0)
    andi t0, s1, 0x7f
    beqz t0, 1f
    addi s1, t0, 128                    # killed by a signal: 128 + its number, as a shell says
    j 2f
1:  srli s1, s1, 8
    andi s1, s1, 0xff
2:  la a0, init_ended_message
    mv a1, s1
    call kprintf
    mv a0, s1
    call power_off

    .section .rodata
init_ended_message:
    .asciz "kernel: init exited with status %u, powering off\n"

    .section .data
    .balign 4
next_pid:       .word 1

    .section .bss
    .balign 4
    .globl proc_table, proc_table_end, current, fs_lock_owner
current:            .space 4            # the slot running now; 0 in the scheduler
fs_lock_owner:      .space 4            # the slot holding the file-system lock; 0: free
scheduler_context:  .space 4            # the scheduler's saved kernel stack pointer
proc_table:         .space NPROC * PCB_SIZE
proc_table_end:
