# sleep.S: clock_nanosleep_time64 from user space, run as init by KernelTest: the errors, a
# relative and an absolute sleep measured on the monotonic clock, and two processes asleep at
# once (the kernel idles in wfi), the child's end seen by the parent when it wakes. The checks
# print only what does not depend on the host's speed (elapsed at least the time asked).

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"
    .include "children.inc"

# SLEEP clock, flags, request: clock_nanosleep_time64 into a0 (request a label).
    .macro SLEEP clock, flags, request
    li a0, \clock
    li a1, \flags
    la a2, \request
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    .endm

# NOW reg: reg = the monotonic clock in milliseconds (the low word is enough here).
    .macro NOW reg
    li a0, CLOCK_MONOTONIC
    la a1, now_ts
    li a7, SYS_clock_gettime64
    ecall
    lw t0, now_ts
    li t1, 1000
    mul \reg, t0, t1
    lw t0, now_ts + 8
    li t1, 1000000
    divu t0, t0, t1
    add \reg, \reg, t0
    .endm

    .text
    .globl _start
_start:
    SLEEP 5, 0, ms30
    SHOW "sleep on clock 5", a0
    SLEEP CLOCK_MONOTONIC, 0, bad_nsec
    SHOW "sleep with tv_nsec 1e9", a0
    SLEEP CLOCK_MONOTONIC, 0, negative
    SHOW "sleep with tv_sec -1", a0
    li a0, CLOCK_MONOTONIC
    li a1, 0
    li a2, 0x80000000
    li a3, 0
    li a7, SYS_clock_nanosleep_time64
    ecall
    SHOW "sleep with request in the kernel", a0

    NOW s2
    SLEEP CLOCK_MONOTONIC, 0, ms30
    SHOW "sleep 30 ms", a0
    NOW s3
    sub t0, s3, s2
    sltiu t0, t0, 30
    xori t0, t0, 1
    SHOW "30 ms passed", t0

    NOW s2
    SLEEP CLOCK_MONOTONIC, TIMER_ABSTIME, zero_time
    SHOW "sleep until boot time 0", a0
    li a0, CLOCK_REALTIME               # until 20 ms from now on the realtime clock
    la a1, ts
    li a7, SYS_clock_gettime64
    ecall
    lw t0, ts + 8
    li t1, 20000000
    add t0, t0, t1
    li t1, 1000000000
    bltu t0, t1, 1f
    sub t0, t0, t1
    lw t2, ts
    addi t2, t2, 1
    sw t2, ts, t3
1:  sw t0, ts + 8, t3
    NOW s2
    SLEEP CLOCK_REALTIME, TIMER_ABSTIME, ts
    SHOW "sleep until realtime + 20 ms", a0
    NOW s3
    sub t0, s3, s2
    sltiu t0, t0, 10
    xori t0, t0, 1
    SHOW "at least 10 ms passed", t0

    FORK                                # a child that sleeps 20 ms and exits 7
    bnez a0, 2f
    SLEEP CLOCK_MONOTONIC, 0, ms20
    li a0, 7
    li a7, SYS_exit
    ecall
2:  mv s1, a0
    SLEEP CLOCK_MONOTONIC, 0, ms300     # both asleep: the kernel idles
    WAIT P_PID, s1, WEXITED | WNOHANG
    SHOW "waitid WNOHANG after the child's sleep", a0
    REPORT
    li a0, 0
    li a7, SYS_exit
    ecall

    .include "print.inc"
    .balign 8
ms20:       .word 0, 0, 20000000, 0
ms30:       .word 0, 0, 30000000, 0
ms300:      .word 0, 0, 300000000, 0
bad_nsec:   .word 0, 0, 1000000000, 0
negative:   .word -1, -1, 0, 0
zero_time:  .word 0, 0, 0, 0

    .data
    .balign 8
ts:     .space 16
now_ts: .space 16
info:   .space 128
