# syscall.S: the system calls, with Linux riscv32's numbers (syscalls.inc) and meanings.
#
# A user `ecall` arrives here from user_trap with the trap frame: a7 the number, a0..a5 the
# arguments, and a0 gets the result, a negative errno on failure, as Linux returns it.
# syscall_table maps every number up to SYS_HIGHEST to its handler (0: ENOSYS); syscall_init
# fills it from syscall_list, which reads as the list of what is implemented.
# Every handler takes the arguments in a0..a5 and returns the result in a0; it reaches user
# memory only through copy_in, copy_out and user_translate (vm.S), so a bad pointer is
# -EFAULT, never a kernel fault. Handlers run with interrupts off and may sleep. The calls that
# may reach the file system (fs_syscall_list) run holding the file-system lock (sched.S).

    .include "machine.inc"
    .include "current.inc"
    .include "errno.inc"
    .include "syscalls.inc"
    .include "kernel-layout.inc"
    .include "ext2.inc"
    .include "file.inc"

    .equ UTS_FIELD,         65          # struct new_utsname: six fields of 65 bytes
    .equ UTS_SIZE,          6 * UTS_FIELD
    .equ NSEC_PER_SEC,      1000000000
    .equ NSEC_PER_TICK,     1000000000 / TIMEBASE_HZ
    .equ SLICE_NSEC,        10000000    # a scheduler tick: boot.S's TIME_SLICE, in nanoseconds

# SYSCALL name: a syscall_list entry for SYS_name, handled by sys_name.
    .macro SYSCALL name
    .word SYS_\name, sys_\name
    .endm

    .section .rodata
    .balign 4
syscall_list:
    SYSCALL read
    SYSCALL write
    SYSCALL exit
    SYSCALL exit_group
    SYSCALL set_tid_address
    SYSCALL sched_yield
    SYSCALL uname
    SYSCALL getpid
    SYSCALL getppid
    SYSCALL gettid
    SYSCALL kill
    SYSCALL brk
    SYSCALL mmap2
    SYSCALL munmap
    SYSCALL mprotect
    SYSCALL clock_gettime64
    SYSCALL clock_nanosleep_time64
    SYSCALL futex_time64
    SYSCALL clone
    SYSCALL execve
    SYSCALL waitid
    SYSCALL tgkill
    SYSCALL rt_sigaction
    SYSCALL rt_sigprocmask
    SYSCALL rt_sigreturn
    SYSCALL openat
    SYSCALL mkdirat
    SYSCALL unlinkat
    SYSCALL renameat2
    SYSCALL close
    SYSCALL llseek
    SYSCALL getdents64
    SYSCALL chdir
    SYSCALL dup
    SYSCALL dup3
    SYSCALL fcntl64
    SYSCALL pipe2
    SYSCALL ioctl
    SYSCALL getcwd
    SYSCALL statx
    SYSCALL ftruncate64
    SYSCALL truncate64
    SYSCALL fsync
    SYSCALL fdatasync
    SYSCALL sync
    SYSCALL umask
    SYSCALL symlinkat
    SYSCALL readlinkat
    SYSCALL strata_processes
    .word 0, 0

# The calls that may reach ext2, the block cache or the disk: they run holding the file-system
# lock (docs/kernel-storage.md, "The file-system lock"). read and write are here for their files;
# on a pipe or the console they sleep, and a sleep gives the lock up (sleep_on_until).
fs_syscall_list:
    .word SYS_read, SYS_write, SYS_openat, SYS_mkdirat, SYS_unlinkat, SYS_renameat2, SYS_llseek
    .word SYS_getdents64, SYS_chdir, SYS_getcwd, SYS_statx, SYS_execve
    .word SYS_ftruncate64, SYS_truncate64, SYS_fsync, SYS_fdatasync, SYS_sync, SYS_symlinkat
    .word SYS_readlinkat
fs_syscall_list_end:

    .section .text
# syscall_init: fills syscall_table from syscall_list and syscall_locks from fs_syscall_list.
# Clobbers t0..t3.
    .globl syscall_init
syscall_init:
    la t0, syscall_list
1:  lw t1, 4(t0)
    beqz t1, 2f
    lw t2, 0(t0)
    slli t2, t2, 2
    la t3, syscall_table
    add t2, t3, t2
    sw t1, 0(t2)
    addi t0, t0, 8
    j 1b
2:  la t0, fs_syscall_list
    la t1, fs_syscall_list_end
    li t3, 1
3:  lw t2, 0(t0)
    la a0, syscall_locks
    add t2, a0, t2
    sb t3, 0(t2)
    addi t0, t0, 4
    bltu t0, t1, 3b
    ret

# syscall: a0 = the trap frame of the calling process. Runs the call and puts its result in the
# frame's a0. Returns when the call is done (sys_exit does not return).
    .globl syscall
syscall:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    mv s0, a0
    lw t0, TF_A7(s0)
    li t1, SYS_HIGHEST
    bgtu t0, t1, 1f
    slli t0, t0, 2
    la t1, syscall_table
    add t0, t1, t0
    lw t0, 0(t0)
    beqz t0, 1f
    lw t1, TF_A7(s0)
    la t2, syscall_locks
    add t1, t2, t1
    lbu s1, 0(t1)                       # s1: 1 when the call holds the file-system lock
    beqz s1, 3f
    sw t0, 0(sp)
    call fs_lock
    lw t0, 0(sp)
3:  lw a0, TF_A0(s0)
    la t1, current
    lw t1, 0(t1)
    sw a0, PCB_SYSCALL_A0(t1)             # for a restart (signal.S)
    lw a1, TF_A1(s0)
    lw a2, TF_A2(s0)
    lw a3, TF_A3(s0)
    lw a4, TF_A4(s0)
    lw a5, TF_A5(s0)
    jalr t0
    beqz s1, 2f
    sw a0, 0(sp)
    call fs_unlock
    lw a0, 0(sp)
    j 2f
1:  li a0, -ENOSYS
2:  sw a0, TF_A0(s0)
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret

# exit(status), exit_group(status): the process ends with the low byte of status. Threads are
# still to come, so both end the one thread there is.
sys_exit_group:
    andi a0, a0, 0xff
    slli a0, a0, 8
    j proc_exit_group

# exit(status): the calling thread ends (the process with it when it is the only one). If it was
# given a clear_tid address (set_tid_address, CLONE_CHILD_CLEARTID), 0 is stored there and one
# futex waiter on it woken, as Linux does for pthread_join. The main thread's end while others
# run ends it alone: the others go on, and its parent sees the process end then (Linux waits for
# the last thread).
sys_exit:
    andi a0, a0, 0xff
    slli s0, a0, 8                      # (never returns: s0 is free to use)
    CURRENT s1
    lw s2, PCB_CLEAR_TID(s1)
    beqz s2, 1f
    sw zero, PCB_CLEAR_TID(s1)
    addi sp, sp, -16
    sw zero, 0(sp)
    lw a0, PCB_ROOT(s1)
    mv a1, s2
    mv a2, sp
    li a3, 4
    call copy_out
    bnez a0, 1f
    mv a0, s2
    li a1, 1
    call futex_wake
1:  mv a0, s0
    j proc_exit

# set_tid_address(tidptr): kept for the thread's exit (threads are still to come); returns the tid.
sys_set_tid_address:
    CURRENT t0
    sw a0, PCB_CLEAR_TID(t0)
    lw a0, PCB_PID(t0)
    ret

sys_sched_yield:
    addi sp, sp, -16
    sw ra, 12(sp)
    call yield
    lw ra, 12(sp)
    addi sp, sp, 16
    li a0, 0
    ret

sys_getpid:
    CURRENT t0
    lw a0, PCB_TGID(t0)
    ret

sys_gettid:
    CURRENT t0
    lw a0, PCB_PID(t0)
    ret

sys_getppid:
    CURRENT t0
    lw a0, PCB_PPID(t0)
    ret

# uname(buf): struct new_utsname, six NUL-padded fields of 65 bytes.
sys_uname:
    mv a1, a0
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    la a2, utsname
    li a3, UTS_SIZE
    j copy_out

# brk(addr): moves the program break to addr if it is at least the first break and pages can be
# mapped (or unmapped) up to it; returns the break, the old one when it did not move (Linux's
# way of failing). Pages are mapped zeroed, readable and writable, at once. As on Linux the break
# grows until it would meet a mapping, keeping a page free before it (mm/mmap.c's brk: the next
# mapping must start past the new end plus a page), and never past MMAP_BOTTOM; and when memory
# runs out half-way, the pages mapped so far are freed and the break stays where it was.
sys_brk:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    CURRENT s0                          # s0: the process
    mv s1, a0                           # s1: the new break
    lw t0, PCB_BRK_BASE(s0)
    bltu s1, t0, brk_done
    li t0, MMAP_BOTTOM
    bgtu s1, t0, brk_done
    lw t0, PCB_BRK(s0)
    PAGE_UP s2, t0                      # s2: the first page past the old break
    PAGE_UP s3, s1                      # s3: the first page past the new one
    bltu s3, s2, brk_shrink
    beq s3, s2, brk_moved
    lw a0, PCB_ROOT(s0)                   # the gap page past the new break must be free
    mv a1, s3
    call vm_mapped
    bnez a0, brk_done
1:  bgeu s2, s3, brk_moved              # growing: map [s2, s3)
    lw a0, PCB_ROOT(s0)
    mv a1, s2
    call vm_mapped
    bnez a0, brk_undo                   # a mapping in the way (mmap2 with MAP_FIXED)
    call page_alloc
    beqz a0, brk_undo
    mv a2, a0
    lw a0, PCB_ROOT(s0)
    mv a1, s2
    li a3, PTE_U | PTE_R | PTE_W
    sw a2, 8(sp)
    call vm_map
    bnez a0, 3f
    li t0, PAGE_SIZE
    add s2, s2, t0
    j 1b
3:  lw a0, 8(sp)
    call page_free
brk_undo:                               # unmap [old break's page end, s2)
    lw t0, PCB_BRK(s0)
    PAGE_UP s3, t0
4:  bgeu s3, s2, brk_flush
    lw a0, PCB_ROOT(s0)
    mv a1, s3
    call vm_unmap
    li t0, PAGE_SIZE
    add s3, s3, t0
    j 4b
brk_shrink:                             # unmap [s3, s2)
5:  bgeu s3, s2, brk_moved_flush
    lw a0, PCB_ROOT(s0)
    mv a1, s3
    call vm_unmap
    li t0, PAGE_SIZE
    add s3, s3, t0
    j 5b
brk_moved_flush:
    sfence.vma zero, zero
brk_moved:
    sw s1, PCB_BRK(s0)
    lw t0, PCB_ROOT(s0)                   # the threads sharing the address space share the break
    la t1, proc_table
    la t2, proc_table_end
1:  lw t3, PCB_ROOT(t1)
    bne t3, t0, 2f
    sw s1, PCB_BRK(t1)
2:  addi t1, t1, PCB_SIZE
    bltu t1, t2, 1b
    j brk_done
brk_flush:
    sfence.vma zero, zero
brk_done:
    lw a0, PCB_BRK(s0)
    lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# clock_gettime64(clockid, tp): the realtime clocks read the RTC (nanoseconds since 1970), the
# monotonic and boot clocks the time CSR (ticks of the timebase since power-on), the CPU-time
# clocks count the scheduler ticks the process ran. Unknown clocks are -EINVAL.
sys_clock_gettime64:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    mv s0, a1                           # s0: tp
    li t0, CLOCK_REALTIME
    beq a0, t0, realtime
    li t0, CLOCK_REALTIME_COARSE
    beq a0, t0, realtime
    li t0, CLOCK_PROCESS_CPUTIME_ID
    beq a0, t0, cputime
    li t0, CLOCK_THREAD_CPUTIME_ID
    beq a0, t0, cputime
    li t0, CLOCK_MONOTONIC
    beq a0, t0, monotonic
    li t0, CLOCK_MONOTONIC_RAW
    beq a0, t0, monotonic
    li t0, CLOCK_MONOTONIC_COARSE
    beq a0, t0, monotonic
    li t0, CLOCK_BOOTTIME
    beq a0, t0, monotonic
    li a0, -EINVAL
    j clock_done
realtime:
    li t0, RTC_BASE
    lw a0, RTC_TIME_LOW(t0)             # latches the high word
    lw a1, RTC_TIME_HIGH(t0)
    li a2, NSEC_PER_SEC
    call udiv64
    j clock_store                       # the remainder is already nanoseconds
monotonic:
1:  csrr a1, timeh
    csrr a0, time
    csrr t0, timeh
    bne a1, t0, 1b
    li a2, TIMEBASE_HZ
    call udiv64
    li t0, NSEC_PER_TICK
    mul a2, a2, t0
    j clock_store
cputime:
    CURRENT t0
    lw a0, PCB_TICKS(t0)
    li a1, 0
    li a2, NSEC_PER_SEC / SLICE_NSEC
    call udiv64
    li t0, SLICE_NSEC
    mul a2, a2, t0
clock_store:                            # a1:a0 seconds, a2 nanoseconds
    sw a0, 0(sp)
    sw a1, 4(sp)
    sw a2, 8(sp)
    sw zero, 12(sp)
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s0
    mv a2, sp
    li a3, SIZEOF_TIMESPEC
    call copy_out
clock_done:
    lw ra, 28(sp)
    lw s0, 24(sp)
    addi sp, sp, 32
    ret

# clock_nanosleep_time64(clockid, flags, request, remain): sleeps for the time request (a
# struct __kernel_timespec) gives, or with TIMER_ABSTIME in flags until the clock shows it, on
# CLOCK_REALTIME, CLOCK_MONOTONIC or CLOCK_BOOTTIME (the other clocks: -EINVAL). The process
# sleeps (the hart runs others, or idles) and wakes at the first scheduler tick at or after the
# time: up to 10 ms late. A signal with a handler ends the sleep early with -EINTR; remain is
# never written (not yet: a restarted sleep starts over).
# A request with tv_sec < 0 or tv_nsec outside 0..999,999,999 is -EINVAL; one the process cannot
# read, -EFAULT. Returns 0.
    .equ NSEC_PER_TIMEBASE_TICK, NSEC_PER_TICK
sys_clock_nanosleep_time64:
    li t0, CLOCK_REALTIME
    beq a0, t0, 1f
    li t0, CLOCK_MONOTONIC
    beq a0, t0, 1f
    li t0, CLOCK_BOOTTIME
    beq a0, t0, 1f
    li a0, -EINVAL
    ret
1:  addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    mv s0, a0                           # s0: the clock
    mv s1, a1                           # s1: flags
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, a2
    mv a2, sp                           # the request, 16 bytes at sp
    li a3, SIZEOF_TIMESPEC
    call copy_in
    bnez a0, sleep_done
    li a0, -EINVAL
    lw t0, 4(sp)                        # tv_sec's high word: negative is invalid
    bltz t0, sleep_done
    lw t1, 12(sp)                       # tv_nsec's high word
    bnez t1, sleep_done
    lw t1, 8(sp)
    li t2, NSEC_PER_SEC
    bgeu t1, t2, sleep_done
    andi t0, s1, TIMER_ABSTIME
    beqz t0, sleep_relative
    li t0, CLOCK_REALTIME
    beq s0, t0, sleep_realtime
    call timespec_ticks                 # monotonic and boot time: ticks of mtime already
    j sleep_until_ticks
sleep_realtime:                         # ticks = (request - now on the RTC) / 100 ns
    lw t0, 4(sp)
    bnez t0, sleep_forever
    lw t0, 0(sp)
    li t1, NSEC_PER_SEC
    mul a0, t0, t1
    mulhu a1, t0, t1
    lw t0, 8(sp)
    add a0, a0, t0
    sltu t0, a0, t0
    add a1, a1, t0                      # a1:a0 = the request in nanoseconds
    li t0, RTC_BASE
    lw t1, RTC_TIME_LOW(t0)
    lw t2, RTC_TIME_HIGH(t0)
    sltu t3, a0, t1                     # a1:a0 -= t2:t1
    sub a0, a0, t1
    sub a1, a1, t2
    sub a1, a1, t3
    bltz a1, sleep_ok                   # already past
    li a2, NSEC_PER_TIMEBASE_TICK
    call udiv64
    j sleep_from_now
sleep_relative:
    call timespec_ticks
sleep_from_now:                         # a1:a0 ticks from now
1:  csrr t1, timeh
    csrr t0, time
    csrr t2, timeh
    bne t1, t2, 1b
    add a0, a0, t0
    sltu t0, a0, t0
    add a1, a1, t1
    add a1, a1, t0
    bltu a1, t1, sleep_forever          # beyond the end of time
sleep_until_ticks:                      # a1:a0 = the mtime to wake at
    call sleep_until
    call signal_interrupted             # woken early by a signal to handle
    beqz a0, sleep_ok
    li a0, -EINTR
    j sleep_done
sleep_ok:
    li a0, 0
sleep_done:
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    addi sp, sp, 48
    ret
sleep_forever:
    li a0, -1
    li a1, -1
    j sleep_until_ticks

# timespec_ticks: (sys_clock_nanosleep_time64's helper, a leaf on its frame) the request at sp
# as ticks of the timebase, rounded up: returns a1:a0. A request past 2^64 ticks gives the
# largest. Clobbers t0..t3.
timespec_ticks:
    lw t0, 0(sp)                        # tv_sec
    lw t1, 4(sp)
    li t2, TIMEBASE_HZ
    mul a0, t0, t2
    mulhu a1, t0, t2
    mul t3, t1, t2                      # the high word's share
    add a1, a1, t3
    mulhu t3, t1, t2
    bnez t3, 2f
    bltu a1, t3, 2f
    lw t0, 8(sp)                        # + ceil(tv_nsec / 100)
    addi t0, t0, NSEC_PER_TIMEBASE_TICK - 1
    li t2, NSEC_PER_TIMEBASE_TICK
    divu t0, t0, t2
    add a0, a0, t0
    sltu t0, a0, t0
    add a1, a1, t0
    ret
2:  li a0, -1
    li a1, -1
    ret

# udiv64: a1:a0 = a 64-bit dividend, a2 = a non-zero 32-bit divisor. Returns a1:a0 = the
# quotient, a2 = the remainder. Bit by bit, 64 steps. Clobbers t0..t3.
    .globl udiv64
udiv64:
    li t0, 0                            # t0: the remainder so far
    li t3, 64
1:  srli t1, t0, 31                     # remainder:dividend <<= 1, the remainder's carry in t1
    slli t0, t0, 1
    srli t2, a1, 31
    or t0, t0, t2
    slli a1, a1, 1
    srli t2, a0, 31
    or a1, a1, t2
    slli a0, a0, 1
    bnez t1, 2f                         # 33 bits: certainly at least the divisor
    bltu t0, a2, 3f
2:  sub t0, t0, a2
    ori a0, a0, 1
3:  addi t3, t3, -1
    bnez t3, 1b
    mv a2, t0
    ret

# clone(flags, stack, parent_tid, tls, child_tid): a new process as a copy of the caller (fork):
# the low byte of flags is the signal its end sends (SIGCHLD for fork; the kernel does not send
# signals yet), CLONE_PARENT_SETTID, CLONE_CHILD_SETTID and CLONE_CHILD_CLEARTID store the
# child's id as Linux does, a non-zero stack is the child's sp. Any other flag (CLONE_VM and
# CLONE_THREAD among them: threads are still to come) is -EINVAL. Returns the child's pid in the
# parent and 0 in the child; -EAGAIN when the process table is full, -ENOMEM.
    .equ CLONE_FORK_FLAGS,      CSIGNAL | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID
    .equ CLONE_THREAD_NEEDS,    CLONE_VM | CLONE_SIGHAND | CLONE_THREAD
    .equ CLONE_THREAD_FLAGS,    CLONE_FORK_FLAGS | CLONE_THREAD_NEEDS | CLONE_FS | CLONE_FILES | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_DETACHED
sys_clone:
    li t0, CLONE_VM
    and t0, a0, t0
    bnez t0, clone_thread
    li t0, ~CLONE_FORK_FLAGS
    and t0, a0, t0
    beqz t0, 1f
    li a0, -EINVAL
    ret
1:  addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: flags
    mv s1, a2                           # s1: parent_tid
    mv s2, a4                           # s2: child_tid
    mv a0, a1
    call proc_fork
    bnez a0, 4f
    mv s3, a1                           # s3: the child
clone_ids:
    li t0, CLONE_CHILD_CLEARTID
    and t0, s0, t0
    beqz t0, 2f
    sw s2, PCB_CLEAR_TID(s3)
2:  li t0, CLONE_CHILD_SETTID           # into the child's memory; Linux ignores a bad pointer
    and t0, s0, t0
    beqz t0, 3f
    lw a0, PCB_ROOT(s3)
    mv a1, s2
    addi a2, s3, PCB_PID
    li a3, 4
    call copy_out
3:  li t0, CLONE_PARENT_SETTID          # into the parent's (the same one, as a copy, in the child)
    and t0, s0, t0
    beqz t0, 5f
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s1
    addi a2, s3, PCB_PID
    li a3, 4
    call copy_out
5:  lw a0, PCB_PID(s3)
clone_return:
4:  lw ra, 28(sp)
    lw s0, 24(sp)
    lw s1, 20(sp)
    lw s2, 16(sp)
    lw s3, 12(sp)
    addi sp, sp, 32
    ret

# waitid(idtype, id, infop, options, rusage): waits for a child of the caller to end (P_ALL: any;
# P_PID: the one with pid id), reaps it and writes its siginfo_t (si_signo SIGCHLD, si_code
# CLD_EXITED with the exit code or CLD_KILLED with the signal, si_pid, si_uid, si_status) when
# infop is not 0. options must hold WEXITED; WNOHANG returns 0 at once (siginfo all zero) when no
# child has ended. No such child: -ECHILD. Other idtypes, options, or a rusage to fill (not
# kept yet): -EINVAL. A bad infop is -EFAULT, the child reaped all the same, as on Linux.
# The caller sleeps until a child ends (proc_make_zombie wakes the channel of the slot of the
# parent's first thread) or a signal for it comes.
    .equ WAIT_OPTIONS,  WNOHANG | WEXITED
    .equ SI_REPORTED,   24              # the bytes written
sys_waitid:
    addi sp, sp, -64
    sw ra, 60(sp)
    sw s0, 56(sp)
    sw s1, 52(sp)
    sw s2, 48(sp)
    sw s3, 44(sp)
    sw s4, 40(sp)
    mv s0, a0                           # s0: idtype
    mv s1, a1                           # s1: id
    mv s2, a2                           # s2: infop
    mv s3, a3                           # s3: options
    li a0, -EINVAL
    bnez a4, wait_done
    li t0, ~WAIT_OPTIONS
    and t0, s3, t0
    bnez t0, wait_done
    andi t0, s3, WEXITED
    beqz t0, wait_done
    li t0, P_ALL
    beq s0, t0, wait_scan
    li t0, P_PID
    bne s0, t0, wait_done
wait_scan:
    CURRENT t0
    lw t1, PCB_TGID(t0)                   # t1: the caller's process id (any thread may wait)
    la s4, proc_table                   # s4: a slot
    li t3, 0                            # t3: a matching child seen
1:  lw t2, PCB_STATE(s4)
    beqz t2, 3f                         # PROC_FREE
    lw t2, PCB_DETACHED(s4)
    bnez t2, 3f                         # a thread: not waited for
    lw t2, PCB_PPID(s4)
    bne t2, t1, 3f
    li t2, P_PID
    bne s0, t2, 2f
    lw t2, PCB_PID(s4)
    bne t2, s1, 3f
2:  li t3, 1
    lw t2, PCB_STATE(s4)
    li t0, PROC_ZOMBIE
    beq t2, t0, wait_reap
3:  addi s4, s4, PCB_SIZE
    la t0, proc_table_end
    bltu s4, t0, 1b
    li a0, -ECHILD
    beqz t3, wait_done
    andi t0, s3, WNOHANG
    bnez t0, wait_nothing
    call signal_interrupted             # (after the scan, as Linux: a child that ended and the
    bnez a0, 6f                         # SIGCHLD it sent give the child, then the handler)
    CURRENT t0
    lw a0, PCB_TGID(t0)
    call proc_find                      # the channel: the slot of the caller's first thread
    call sleep_on
    j wait_scan
6:  li a0, -ERESTARTSYS                # -EINTR, or a restart with SA_RESTART (signal.S)
    j wait_done
wait_nothing:
    sw zero, SI_SIGNO(sp)
    sw zero, SI_ERRNO(sp)
    sw zero, SI_CODE(sp)
    sw zero, SI_PID(sp)
    sw zero, SI_UID(sp)
    sw zero, SI_STATUS(sp)
    j wait_report
wait_reap:
    li t0, SIGCHLD
    sw t0, SI_SIGNO(sp)
    sw zero, SI_ERRNO(sp)
    lw t0, PCB_PID(s4)
    sw t0, SI_PID(sp)
    sw zero, SI_UID(sp)
    lw t0, PCB_WAIT_STATUS(s4)
    andi t1, t0, 0x7f
    beqz t1, 4f
    li t2, CLD_KILLED                   # a signal ended it
    sw t2, SI_CODE(sp)
    sw t1, SI_STATUS(sp)
    j 5f
4:  li t2, CLD_EXITED
    sw t2, SI_CODE(sp)
    srli t0, t0, 8
    andi t0, t0, 0xff
    sw t0, SI_STATUS(sp)
5:  sw zero, PCB_STATE(s4)                # PROC_FREE: the slot is reaped
wait_report:
    li a0, 0
    beqz s2, wait_done
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s2
    mv a2, sp
    li a3, SI_REPORTED
    call copy_out
wait_done:
    lw ra, 60(sp)
    lw s0, 56(sp)
    lw s1, 52(sp)
    lw s2, 48(sp)
    lw s3, 44(sp)
    lw s4, 40(sp)
    addi sp, sp, 64
    ret

# clone with CLONE_VM: a thread, sharing the caller's address space (and break), in its process
# (getpid is the same, gettid its own), starting after the ecall with a0 = 0, sp = stack and,
# with CLONE_SETTLS, tp = tls. CLONE_VM, CLONE_SIGHAND and CLONE_THREAD must come together (a
# process sharing memory without being a thread is not done yet: -EINVAL). With CLONE_FILES it
# shares the caller's descriptor table, with CLONE_FS its current directory (fd.S), else it has
# copies; CLONE_SYSVSEM and CLONE_DETACHED are taken (no System V semaphores; Linux ignores
# CLONE_DETACHED).
# Nobody waits for a thread: its slot is freed when it ends. Returns the new thread's id.
clone_thread:
    li t0, ~CLONE_THREAD_FLAGS
    and t0, a0, t0
    bnez t0, 1f
    li t0, CLONE_THREAD_NEEDS
    and t1, a0, t0
    bne t1, t0, 1f
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s0, 24(sp)
    sw s1, 20(sp)
    sw s2, 16(sp)
    sw s3, 12(sp)
    mv s0, a0                           # s0: flags
    mv s1, a2                           # s1: parent_tid
    mv s2, a4                           # s2: child_tid
    mv a0, a1
    li t0, CLONE_SETTLS
    and a2, s0, t0                      # a2: whether to set tp
    mv a1, a3
    mv a3, s0
    call proc_thread
    bnez a0, clone_return
    mv s3, a1                           # s3: the thread
    j clone_ids                         # the ids, as for a process
1:  li a0, -EINVAL
    ret

# execve(path, argv, envp): runs the program at path (a relative one from the current
# directory) in the calling process, with the argument and environment strings
# copied from user memory. The pointer arrays may be 0 (empty). Errors, with the caller as it
# was: -EFAULT (a bad pointer), -E2BIG (more than EXECVE_MAX_STRINGS strings in one array, or
# more than a page of strings), -ENAMETOOLONG, -ENOENT, -ENOTDIR, -EACCES (not a regular file
# with an execute bit), -ENOEXEC (not a program this kernel runs), -ENOMEM. Returns 0 into the
# new program (its a0, which Linux also leaves 0).
    .equ EXECVE_MAX_STRINGS,    64      # per array, as exec.S takes at most 64 in all
    .equ EXECVE_ARGV,           0       # in the first page: the argv pointers,
    .equ EXECVE_ENVP,           512     #   the envp pointers,
    .equ EXECVE_FILE,           1024    #   and the program file (INODEFILE_BYTES)
    .equ EXECVE_PATH_MAX,       1024    # the second page: the path, then the other strings
sys_execve:
    addi sp, sp, -48
    sw ra, 44(sp)
    sw s0, 40(sp)
    sw s1, 36(sp)
    sw s2, 32(sp)
    sw s3, 28(sp)
    sw s4, 24(sp)
    sw s5, 20(sp)
    sw s6, 16(sp)
    mv s4, a0                           # s4: path
    mv s5, a1                           # s5: argv
    mv s6, a2                           # s6: envp
    li s0, 0
    li s1, 0
    call page_alloc
    beqz a0, execve_no_memory
    mv s0, a0                           # s0: the pointers' page
    call page_alloc
    beqz a0, execve_no_memory
    mv s1, a0                           # s1: the strings' page
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s4
    mv a2, s1
    li a3, EXECVE_PATH_MAX
    call copy_in_string
    bltz a0, execve_done
    add s2, s1, a0
    addi s2, s2, 1                      # s2: the strings' cursor
    li t0, PAGE_SIZE
    add s3, s1, t0                      # s3: the strings' end
    mv a0, s5
    addi a1, s0, EXECVE_ARGV
    call copy_in_vector
    bltz a0, execve_done
    mv a0, s6
    addi a1, s0, EXECVE_ENVP
    call copy_in_vector
    bltz a0, execve_done
    addi a0, s0, EXECVE_FILE
    mv a1, s1
    CURRENT t0
    lw a2, PCB_CWD(t0)
    call inodefile_open_at
    bnez a0, execve_done
    addi a0, s0, EXECVE_FILE
    addi a1, s0, EXECVE_ARGV
    addi a2, s0, EXECVE_ENVP
    mv a3, s1
    call proc_exec
    j execve_done
execve_no_memory:
    li a0, -ENOMEM
execve_done:
    mv s4, a0
    beqz s0, 1f
    mv a0, s0
    call page_free
1:  beqz s1, 2f
    mv a0, s1
    call page_free
2:  mv a0, s4
    lw ra, 44(sp)
    lw s0, 40(sp)
    lw s1, 36(sp)
    lw s2, 32(sp)
    lw s3, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    addi sp, sp, 48
    ret

# copy_in_vector: (sys_execve's helper, with its s2 and s3) a0 = a user array of string pointers
# ending with 0 (or 0 itself: empty), a1 = where to put the kernel pointers, 0 last. Copies each
# string to s2, moving s2 on, never past s3. Returns a0 = 0, -EFAULT or -E2BIG.
# Clobbers the caller-saved registers.
copy_in_vector:
    addi sp, sp, -32
    sw ra, 28(sp)
    sw s4, 24(sp)
    sw s5, 20(sp)
    sw s6, 16(sp)
    mv s4, a0                           # s4: the user array's next entry
    mv s5, a1                           # s5: the kernel array's
    li s6, 0                            # s6: strings so far
    beqz s4, 3f
1:  CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a1, s4
    addi a2, sp, 0
    li a3, 4
    call copy_in
    bnez a0, 4f
    lw a1, 0(sp)                        # the user string
    beqz a1, 3f
    li a0, -E2BIG
    li t0, EXECVE_MAX_STRINGS
    beq s6, t0, 4f
    CURRENT t0
    lw a0, PCB_ROOT(t0)
    mv a2, s2
    sub a3, s3, s2
    call copy_in_string
    li t0, -ENAMETOOLONG
    bne a0, t0, 2f
    li a0, -E2BIG                       # the strings do not fit
2:  bltz a0, 4f
    sw s2, 0(s5)
    add s2, s2, a0
    addi s2, s2, 1
    addi s5, s5, 4
    addi s4, s4, 4
    addi s6, s6, 1
    j 1b
3:  sw zero, 0(s5)
    li a0, 0
4:  lw ra, 28(sp)
    lw s4, 24(sp)
    lw s5, 20(sp)
    lw s6, 16(sp)
    addi sp, sp, 32
    ret

# UTS field: one 65-byte field of struct new_utsname.
    .macro UTS text
1:  .ascii "\text"
    .space UTS_FIELD - (. - 1b)
    .endm

    .section .rodata
utsname:
    UTS "Linux"                         # what programs test for; the kernel is Strata's
    UTS "strata"
    UTS "6.1.0-strata"
    UTS "#1 Strata RV32"
    UTS "riscv32"
    UTS "(none)"

    .section .bss
    .balign 4
    .globl syscall_table
syscall_table:
    .space (SYS_HIGHEST + 1) * 4
syscall_locks:                          # per number: 1 when the call takes the file-system lock
    .space SYS_HIGHEST + 1
