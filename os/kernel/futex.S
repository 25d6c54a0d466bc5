# futex.S: futex_time64's wait and wake, the kernel half of user-space locks (Linux's futex(2)).
#
# A waiter sleeps (PROC_SLEEPING) with PCB_FUTEX = the physical address of its futex word, so
# threads of one process and processes sharing nothing but a word meet at the same key; a
# wake clears PCB_FUTEX and makes it RUNNABLE. A waiter whose sleep ends with PCB_FUTEX still set
# was not woken: its timeout came (the wait is sleep_until's: on no wait channel, with the
# timeout, or none, as its wake time; futex_wake finds its waiters by PCB_FUTEX instead).
# Interrupts are off in the kernel, so the check of the word and going to sleep cannot be split
# by a wake (no lost wake-ups).

    .include "machine.inc"
    .include "errno.inc"
    .include "kernel-layout.inc"
    .equ FUTEX_CMD_MASK,    ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)

    .section .text
# futex_time64(uaddr, op, val, timeout, uaddr2, val3): FUTEX_WAIT sleeps while *uaddr == val
# (-EAGAIN at once when it is not), until a FUTEX_WAKE on the same word (0) or the relative
# timeout (a struct __kernel_timespec; -ETIMEDOUT) or a signal to handle (-EINTR); FUTEX_WAKE wakes up to val waiters and
# returns how many. FUTEX_PRIVATE_FLAG is taken (every futex is found by its physical address).
# uaddr not 4-aligned, a bad timeout: -EINVAL; unreadable: -EFAULT; other operations: -ENOSYS.
    .globl sys_futex_time64
sys_futex_time64:
    andi t0, a0, 3
    bnez t0, futex_invalid
    li t0, FUTEX_CMD_MASK
    and a1, a1, t0
    li t0, FUTEX_WAKE
    beq a1, t0, 1f
    bnez a1, futex_unknown              # FUTEX_WAIT is 0
    mv a1, a2
    mv a2, a3
    j futex_wait
1:  mv a1, a2
    j futex_wake
futex_invalid:
    li a0, -EINVAL
    ret
futex_unknown:
    li a0, -ENOSYS
    ret

# futex_key: a0 = a user address. Returns a0 = its physical address if the current process may
# read it, else 0. Clobbers the caller-saved registers.
futex_key:
    mv a1, a0
    la t0, current
    lw t0, 0(t0)
    lw a0, PCB_ROOT(t0)
    li a2, PTE_R
    j user_translate

# futex_wait: a0 = uaddr, a1 = the value expected, a2 = a user timespec or 0. See above.
futex_wait:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    mv s1, a1                           # s1: the value
    mv s2, a2                           # s2: the timeout
    call futex_key
    mv s0, a0                           # s0: the key
    li a0, -EFAULT
    beqz s0, 3f
    lw t0, 0(s0)
    li a0, -EAGAIN
    bne t0, s1, 3f
    li a0, -1                           # no timeout: for good
    li a1, -1
    beqz s2, 2f
    la t0, current
    lw t0, 0(t0)
    lw a0, PCB_ROOT(t0)
    mv a1, s2
    mv a2, sp
    li a3, SIZEOF_TIMESPEC
    call copy_in
    bnez a0, 3f
    li a0, -EINVAL
    lw t0, 4(sp)
    bltz t0, 3f
    lw t0, 12(sp)
    bnez t0, 3f
    lw t0, 8(sp)
    li t1, 1000000000
    bgeu t0, t1, 3f
    lw t0, 0(sp)                        # ticks of the timebase: sec * 10^7 + ceil(nsec / 100)
    li t1, TIMEBASE_HZ
    mul a0, t0, t1
    mulhu a1, t0, t1
    lw t0, 8(sp)
    addi t0, t0, 99
    li t1, 100
    divu t0, t0, t1
    add a0, a0, t0
    sltu t0, a0, t0
    add a1, a1, t0
1:  csrr t1, timeh                      # from now
    csrr t0, time
    csrr t2, timeh
    bne t1, t2, 1b
    add a0, a0, t0
    sltu t0, a0, t0
    add a1, a1, t1
    add a1, a1, t0
2:  la t0, current
    lw t0, 0(t0)
    sw s0, PCB_FUTEX(t0)
    call sleep_until
    la t0, current
    lw t0, 0(t0)
    lw t1, PCB_FUTEX(t0)
    li a0, 0
    beqz t1, 3f                         # woken
    sw zero, PCB_FUTEX(t0)
    call signal_interrupted             # the time is up, or a signal to handle came
    mv t0, a0
    li a0, -ETIMEDOUT
    beqz t0, 3f
    li a0, -EINTR                       # with a timeout: -EINTR, as Linux's restart block gives
    bnez s2, 3f
    li a0, -ERESTARTSYS                 # without: restarted under SA_RESTART (signal.S)
3:  lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    addi sp, sp, 48
    ret

# futex_wake: a0 = a user address, a1 = how many waiters to wake at most. Returns a0 = how many
# it woke, or -EFAULT. Also the kernel's own routine for a thread's clear_tid at its end.
# Clobbers the caller-saved registers.
    .globl futex_wake
futex_wake:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw a1, 8(sp)
    call futex_key
    lw a1, 8(sp)
    lw ra, 12(sp)
    addi sp, sp, 16
    beqz a0, 3f
    li t3, 0                            # t3: woken
    la t0, proc_table
    la t1, proc_table_end
1:  bgeu t3, a1, 2f
    bgeu t0, t1, 2f
    lw t2, PCB_STATE(t0)
    li t4, PROC_SLEEPING
    bne t2, t4, 4f
    lw t2, PCB_FUTEX(t0)
    bne t2, a0, 4f
    sw zero, PCB_FUTEX(t0)
    li t2, PROC_RUNNABLE
    sw t2, PCB_STATE(t0)
    addi t3, t3, 1
4:  addi t0, t0, PCB_SIZE
    j 1b
2:  mv a0, t3
    ret
3:  li a0, -EFAULT
    ret
