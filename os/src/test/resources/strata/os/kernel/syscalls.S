# syscalls.S: a user program that checks the kernel's system calls from user space and prints
# what it sees, one line per check; run as init from an initrd by KernelTest, on Strata and on
# QEMU. It ends by loading from address 0, which must kill it with SIGSEGV (status 139).
# Built alone (no user library): it has its own small printing routines.

    .include "syscalls.inc"
    .include "errno.inc"
    .include "linux.inc"
    .include "show.inc"

    .text
    .globl _start
_start:
    mv s0, sp                           # s0: the initial stack
    lw s1, 0(s0)
    SHOW "argc", s1
    lw a0, 4(s0)
    call puts
    call newline
    slli t0, s1, 2                      # envp starts after argv's 0
    add s2, s0, t0
    addi s2, s2, 8                      # s2: envp
1:  lw a0, 0(s2)
    beqz a0, 2f
    call puts
    call newline
    addi s2, s2, 4
    j 1b
2:  addi s2, s2, 4                      # s2: auxv
3:  lw t0, 0(s2)
    beqz t0, 6f
    lw t1, 4(s2)
    li t2, AT_PAGESZ
    bne t0, t2, 4f
    SHOW "AT_PAGESZ", t1
4:  li t2, AT_ENTRY
    bne t0, t2, 5f
    la t2, _start
    sub t1, t1, t2
    SHOW "AT_ENTRY - _start", t1
5:  li t2, AT_PHNUM
    bne t0, t2, 7f
    SHOW "AT_PHNUM", t1
7:  li t2, AT_RANDOM
    bne t0, t2, 8f
    li t2, 0x7fff0000
    sltu t1, t2, t1
    SHOW "AT_RANDOM on the stack", t1
8:  addi s2, s2, 8
    j 3b
6:  andi t0, s0, 15
    SHOW "sp % 16", t0

    li a7, SYS_getpid
    ecall
    SHOW "getpid", a0
    li a7, SYS_gettid
    ecall
    SHOW "gettid", a0
    la a0, tid
    li a7, SYS_set_tid_address
    ecall
    SHOW "set_tid_address", a0

    la a0, uts                          # uname: sysname and machine
    li a7, SYS_uname
    ecall
    SHOW "uname", a0
    la a0, uts
    call puts
    call newline
    la a0, uts + 4 * 65
    call puts
    call newline

    li a0, 0                            # brk: the first break, a page more, use it, back
    li a7, SYS_brk
    ecall
    mv s3, a0
    slli t0, s3, 20
    SHOW "brk page-aligned", t0
    li t0, 8192
    add a0, s3, t0
    li a7, SYS_brk
    ecall
    sub t0, a0, s3
    SHOW "brk grew by", t0
    li t0, 0x5a5a
    li t2, 8188
    add t2, s3, t2
    sw t0, 0(t2)
    lw t1, 0(t2)
    sub t1, t1, t0
    SHOW "brk memory works", t1
    li a0, 4096
    li a7, SYS_brk
    ecall
    sub t0, a0, s3
    SHOW "brk below the start", t0
    mv a0, s3
    li a7, SYS_brk
    ecall
    sub t0, a0, s3
    SHOW "brk back", t0

    li a0, 1                            # clocks
    la a1, ts
    li a7, SYS_clock_gettime64
    ecall
    SHOW "clock_gettime64 MONOTONIC", a0
    lw t0, ts + 8
    li t1, 1000000000
    sltu t0, t0, t1
    SHOW "tv_nsec < 1e9", t0
    li a0, 0
    la a1, ts
    li a7, SYS_clock_gettime64
    ecall
    SHOW "clock_gettime64 REALTIME", a0
    lw t0, ts
    li t1, 1700000000
    sltu t0, t1, t0
    SHOW "after 2023", t0
    li a0, 99
    la a1, ts
    li a7, SYS_clock_gettime64
    ecall
    SHOW "clock_gettime64 clock 99", a0
    li a0, 0
    li a1, 0x80001000
    li a7, SYS_clock_gettime64
    ecall
    SHOW "clock_gettime64 to the kernel", a0

    li a0, 1                            # bad pointers, descriptors, numbers
    li a1, 0
    li a2, 5
    li a7, SYS_write
    ecall
    SHOW "write from 0", a0
    li a0, 1
    li a1, 0x80000000
    li a2, 4
    li a7, SYS_write
    ecall
    SHOW "write from the kernel", a0
    la t0, _end                         # the last 4 bytes before an unmapped page
    li t1, 4095
    add t0, t0, t1
    srli t0, t0, 12
    slli t0, t0, 12
    addi s4, t0, -4
    li t0, 0x0a6b6f21                   # "!ok\n"
    sw t0, 0(s4)
    li a0, 1
    mv a1, s4
    li a2, -1
    li a7, SYS_write
    ecall
    SHOW "write of 4 GiB stops before the unmapped page", a0
    li a0, 7
    la a1, msg_partial
    li a2, 1
    li a7, SYS_write
    ecall
    SHOW "write to fd 7", a0
    li a0, -1
    la a1, msg_partial
    li a2, 1
    li a7, SYS_read
    ecall
    SHOW "read from fd -1", a0
    li a0, 0
    la a1, msg_partial                  # read-only
    li a2, 1
    li a7, SYS_read
    ecall
    SHOW "read into .rodata", a0
    li a0, 0
    li a7, SYS_uname
    ecall
    SHOW "uname to 0", a0
    li a0, 0xffc01000                   # the UART's page in the kernel's device window
    li a7, SYS_uname
    ecall
    SHOW "uname into the kernel", a0
    li a7, 999
    ecall
    SHOW "syscall 999", a0
    li a7, 5000
    ecall
    SHOW "syscall 5000", a0
    li a7, SYS_sched_yield
    ecall
    SHOW "sched_yield", a0

    li s3, 3000000                      # long enough for timer ticks: preempted and resumed
9:  addi s3, s3, -1
    bnez s3, 9b
    li a0, 2
    la a1, ts
    li a7, SYS_clock_gettime64
    ecall
    lw t0, ts
    lw t1, ts + 8
    or t0, t0, t1
    snez t0, t0
    SHOW "CPU time after a loop is more than 0", t0

    la a0, msg_fault
    call puts
    lw t0, 0(zero)
    la a0, msg_survived
    call puts
    li a0, 1
    li a7, SYS_exit
    ecall

    .include "print.inc"

    .section .rodata
msg_partial:    .asciz "x"
msg_fault:      .asciz "loading from address 0\n"
msg_survived:   .asciz "survived the load from 0: wrong\n"

    .data
tid:    .word 0

    .bss
    .balign 8
ts:     .space 16
uts:    .space 6 * 65
