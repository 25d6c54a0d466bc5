# badcalls.S: /test/badcalls makes every system call of syscalls.inc with arguments that must
# fail: null, unmapped, kernel (0x80000000) and wrapping (0xffffffff) pointers, descriptors that
# are not open (-1, 1000) or of the wrong kind, absurd lengths and flags, and prints one line per
# call, what it passed and what it got:
#
#     read(1000, buf, 1): EBADF
#
# an errno by name, "ok" for a call that succeeded (a few cannot fail: getpid), or "errno N" for
# one errno.inc does not name. Then "survived", status 0. Its output under qemu-riscv32 is
# Linux's answer, the reference: where the Strata kernel answers differently, the kernel is wrong.
# Left out: exit, exit_group and rt_sigreturn (they do not return), and reboot, whose answer
# depends on the caller's privilege (EPERM before EINVAL), not on its arguments; and two cases
# where qemu-riscv32 does not answer as Linux does, so that its answer could not be the reference:
# mprotect of an unmapped page (Linux: ENOMEM; qemu: 0) and clock_nanosleep_time64 with an
# unmapped request (Linux: EFAULT; qemu: 0).
#
# The calls are a table (TRY), made in order by one loop. What the arguments name:
.equ UNMAPPED, 0x30000000       # a page no one maps (main unmaps it first, whatever was there)
.equ KERNEL, 0x80000000         # the kernel's own memory on Strata; above user space
.equ HIGH, 0xffffffff           # the last byte: any length runs past the end of memory
.equ BAD_FD, 1000               # a descriptor that is not open
.equ PIPE_IN, 100               # a pipe's read end, with a byte waiting in it (main makes it)
.equ PIPE_OUT, 101              # its write end
.equ HUGE, 0x7fffffff           # a length or count no call can take

    .include "syscalls.inc"
    .include "errno.inc"
    .include "runtime.inc"

.equ FUTEX_BAD_OP, 99

# TRY "text", number, arguments: a call of the table, printed as text.
.macro TRY text, number, a0=0, a1=0, a2=0, a3=0, a4=0, a5=0
    .word \number, \a0, \a1, \a2, \a3, \a4, \a5, .Lcall\@
    .pushsection .rodata
.Lcall\@: .asciz "\text"
    .popsection
.endm
.equ C_NUMBER, 0
.equ C_ARGS, 4
.equ C_TEXT, 28
.equ CALL_SIZE, 32

# ERRNO_NAME name: the error's number and its name, for the table of names.
.macro ERRNO_NAME name
    .word \name, .Lname\@
    .pushsection .rodata
.Lname\@: .asciz "\name"
    .popsection
.endm

    .section .rodata.tables, "a"     # the tables: their texts go to .rodata, apart
    .balign 4
calls:
    TRY "getcwd(0, 100)", SYS_getcwd, 0, 100
    TRY "getcwd(KERNEL, 100)", SYS_getcwd, KERNEL, 100
    TRY "getcwd(buf, 1)", SYS_getcwd, buf, 1
    TRY "dup(-1)", SYS_dup, -1
    TRY "dup(1000)", SYS_dup, BAD_FD
    TRY "dup3(1000, 5, 0)", SYS_dup3, BAD_FD, 5, 0
    TRY "dup3(1, 1, 0)", SYS_dup3, 1, 1, 0
    TRY "dup3(1, 5, 0xffff)", SYS_dup3, 1, 5, 0xffff
    TRY "fcntl64(1000, F_GETFD)", SYS_fcntl64, BAD_FD, F_GETFD
    TRY "fcntl64(1, 9999, 0)", SYS_fcntl64, 1, 9999, 0
    TRY "ioctl(1000, TCGETS, buf)", SYS_ioctl, BAD_FD, TCGETS, buf
    TRY "ioctl(PIPE_IN, TCGETS, UNMAPPED)", SYS_ioctl, PIPE_IN, TCGETS, UNMAPPED
    TRY "mkdirat(AT_FDCWD, 0, 0777)", SYS_mkdirat, AT_FDCWD, 0, 0777
    TRY "mkdirat(AT_FDCWD, HIGH, 0777)", SYS_mkdirat, AT_FDCWD, HIGH, 0777
    TRY "mkdirat(1000, 'x', 0777)", SYS_mkdirat, BAD_FD, name_x, 0777
    TRY "unlinkat(AT_FDCWD, 0, 0)", SYS_unlinkat, AT_FDCWD, 0, 0
    TRY "unlinkat(AT_FDCWD, 'x', 0xffff)", SYS_unlinkat, AT_FDCWD, name_x, 0xffff
    TRY "faccessat(AT_FDCWD, UNMAPPED, 0)", SYS_faccessat, AT_FDCWD, UNMAPPED, 0
    TRY "faccessat(AT_FDCWD, '/', 0xff)", SYS_faccessat, AT_FDCWD, root, 0xff
    TRY "chdir(0)", SYS_chdir, 0
    TRY "chdir(KERNEL)", SYS_chdir, KERNEL
    TRY "openat(AT_FDCWD, 0, O_RDONLY)", SYS_openat, AT_FDCWD, 0, O_RDONLY
    TRY "openat(AT_FDCWD, UNMAPPED, O_RDONLY)", SYS_openat, AT_FDCWD, UNMAPPED, O_RDONLY
    TRY "openat(1000, 'x', O_RDONLY)", SYS_openat, BAD_FD, name_x, O_RDONLY
    TRY "openat(AT_FDCWD, '/nonexistent', O_RDONLY)", SYS_openat, AT_FDCWD, nonexistent, O_RDONLY
    TRY "close(-1)", SYS_close, -1
    TRY "close(1000)", SYS_close, BAD_FD
    TRY "pipe2(0, 0)", SYS_pipe2, 0, 0
    TRY "pipe2(KERNEL, 0)", SYS_pipe2, KERNEL, 0
    TRY "pipe2(buf, 0xffff)", SYS_pipe2, buf, 0xffff
    TRY "getdents64(1000, buf, 256)", SYS_getdents64, BAD_FD, buf, 256
    TRY "getdents64(PIPE_IN, buf, 256)", SYS_getdents64, PIPE_IN, buf, 256
    TRY "_llseek(1000, 0, 0, buf, SEEK_SET)", SYS_llseek, BAD_FD, 0, 0, buf, SEEK_SET
    TRY "_llseek(PIPE_IN, 0, 0, buf, SEEK_SET)", SYS_llseek, PIPE_IN, 0, 0, buf, SEEK_SET
    TRY "read(-1, buf, 1)", SYS_read, -1, buf, 1
    TRY "read(1000, buf, 1)", SYS_read, BAD_FD, buf, 1
    TRY "read(PIPE_OUT, buf, 1)", SYS_read, PIPE_OUT, buf, 1
    TRY "read(PIPE_IN, 0, 1)", SYS_read, PIPE_IN, 0, 1
    TRY "read(PIPE_IN, UNMAPPED, 1)", SYS_read, PIPE_IN, UNMAPPED, 1
    TRY "read(PIPE_IN, KERNEL, 1)", SYS_read, PIPE_IN, KERNEL, 1
    TRY "write(1000, buf, 1)", SYS_write, BAD_FD, buf, 1
    TRY "write(PIPE_IN, buf, 1)", SYS_write, PIPE_IN, buf, 1
    TRY "write(PIPE_OUT, 0, 1)", SYS_write, PIPE_OUT, 0, 1
    TRY "write(PIPE_OUT, KERNEL, 16)", SYS_write, PIPE_OUT, KERNEL, 16
    TRY "write(PIPE_OUT, HIGH, HUGE)", SYS_write, PIPE_OUT, HIGH, HUGE
    TRY "writev(1000, iov, 1)", SYS_writev, BAD_FD, iov, 1
    TRY "writev(PIPE_OUT, UNMAPPED, 1)", SYS_writev, PIPE_OUT, UNMAPPED, 1
    TRY "writev(PIPE_OUT, bad_iov, 1)", SYS_writev, PIPE_OUT, bad_iov, 1
    TRY "writev(PIPE_OUT, iov, HUGE)", SYS_writev, PIPE_OUT, iov, HUGE
    TRY "waitid(P_ALL, 0, UNMAPPED, WEXITED, 0)", SYS_waitid, P_ALL, 0, UNMAPPED, WEXITED, 0
    TRY "waitid(99, 0, buf, WEXITED, 0)", SYS_waitid, 99, 0, buf, WEXITED, 0
    TRY "waitid(P_ALL, 0, buf, 0, 0)", SYS_waitid, P_ALL, 0, buf, 0, 0
    TRY "set_tid_address(UNMAPPED)", SYS_set_tid_address, UNMAPPED
    TRY "sched_yield()", SYS_sched_yield
    TRY "kill(0x7fffffff, 0)", SYS_kill, 0x7fffffff, 0
    TRY "kill(0x7fffffff, 1000)", SYS_kill, 0x7fffffff, 1000
    TRY "tgkill(-1, -1, 0)", SYS_tgkill, -1, -1, 0
    TRY "tgkill(0x7fffffff, 0x7fffffff, 0)", SYS_tgkill, 0x7fffffff, 0x7fffffff, 0
    TRY "rt_sigaction(1000, 0, 0, 8)", SYS_rt_sigaction, 1000, 0, 0, SIZEOF_SIGSET
    TRY "rt_sigaction(SIGKILL, action, 0, 8)", SYS_rt_sigaction, SIGKILL, action, 0, SIZEOF_SIGSET
    TRY "rt_sigaction(SIGINT, UNMAPPED, 0, 8)", SYS_rt_sigaction, SIGINT, UNMAPPED, 0, SIZEOF_SIGSET
    TRY "rt_sigaction(SIGINT, 0, KERNEL, 8)", SYS_rt_sigaction, SIGINT, 0, KERNEL, SIZEOF_SIGSET
    TRY "rt_sigaction(SIGINT, 0, 0, 1)", SYS_rt_sigaction, SIGINT, 0, 0, 1
    TRY "rt_sigprocmask(99, buf, 0, 8)", SYS_rt_sigprocmask, 99, buf, 0, SIZEOF_SIGSET
    TRY "rt_sigprocmask(SIG_BLOCK, UNMAPPED, 0, 8)", SYS_rt_sigprocmask, SIG_BLOCK, UNMAPPED, 0, SIZEOF_SIGSET
    TRY "rt_sigprocmask(SIG_BLOCK, 0, 0, 4)", SYS_rt_sigprocmask, SIG_BLOCK, 0, 0, 4
    TRY "uname(0)", SYS_uname, 0
    TRY "uname(KERNEL)", SYS_uname, KERNEL
    TRY "getpid()", SYS_getpid
    TRY "getppid()", SYS_getppid
    TRY "gettid()", SYS_gettid
    TRY "brk(HIGH)", SYS_brk, HIGH
    TRY "munmap(0, 0)", SYS_munmap, 0, 0
    TRY "munmap(1, 4096)", SYS_munmap, 1, PAGE_SIZE
    TRY "clone(CLONE_THREAD, 0, 0, 0, 0)", SYS_clone, CLONE_THREAD, 0, 0, 0, 0
    TRY "clone(CLONE_SIGHAND, 0, 0, 0, 0)", SYS_clone, CLONE_SIGHAND, 0, 0, 0, 0
    TRY "execve(0, 0, 0)", SYS_execve, 0, 0, 0
    TRY "execve(KERNEL, 0, 0)", SYS_execve, KERNEL, 0, 0
    TRY "execve('/nonexistent', 0, 0)", SYS_execve, nonexistent, 0, 0
    TRY "mmap2(0, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)", SYS_mmap2, 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0
    TRY "mmap2(0, 4096, PROT_READ, MAP_PRIVATE, 1000, 0)", SYS_mmap2, 0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, BAD_FD, 0
    TRY "mmap2(0, 4096, PROT_READ, 0, -1, 0)", SYS_mmap2, 0, PAGE_SIZE, PROT_READ, 0, -1, 0
    TRY "mprotect(1, 4096, PROT_READ)", SYS_mprotect, 1, PAGE_SIZE, PROT_READ
    TRY "renameat2(AT_FDCWD, 0, AT_FDCWD, 'x', 0)", SYS_renameat2, AT_FDCWD, 0, AT_FDCWD, name_x, 0
    TRY "renameat2(1000, 'x', 1000, 'y', 0)", SYS_renameat2, BAD_FD, name_x, BAD_FD, name_y, 0
    TRY "renameat2(AT_FDCWD, 'x', AT_FDCWD, 'y', 0xffff)", SYS_renameat2, AT_FDCWD, name_x, AT_FDCWD, name_y, 0xffff
    TRY "getrandom(UNMAPPED, 16, 0)", SYS_getrandom, UNMAPPED, 16, 0
    TRY "getrandom(buf, 16, 0xffff)", SYS_getrandom, buf, 16, 0xffff
    TRY "statx(AT_FDCWD, 0, 0, STATX_TYPE, buf)", SYS_statx, AT_FDCWD, 0, 0, STATX_TYPE, buf
    TRY "statx(AT_FDCWD, '/', 0, STATX_TYPE, UNMAPPED)", SYS_statx, AT_FDCWD, root, 0, STATX_TYPE, UNMAPPED
    TRY "statx(1000, 'x', 0, STATX_TYPE, buf)", SYS_statx, BAD_FD, name_x, 0, STATX_TYPE, buf
    TRY "statx(AT_FDCWD, '/', 0xffffffff, STATX_TYPE, buf)", SYS_statx, AT_FDCWD, root, 0xffffffff, STATX_TYPE, buf
    TRY "clock_gettime64(1000, buf)", SYS_clock_gettime64, 1000, buf
    TRY "clock_gettime64(CLOCK_REALTIME, UNMAPPED)", SYS_clock_gettime64, CLOCK_REALTIME, UNMAPPED
    TRY "clock_nanosleep_time64(1000, 0, buf, 0)", SYS_clock_nanosleep_time64, 1000, 0, buf, 0
    TRY "futex_time64(0, FUTEX_WAIT, 0, 0)", SYS_futex_time64, 0, FUTEX_WAIT, 0, 0
    TRY "futex_time64(UNMAPPED, FUTEX_WAKE, 1, 0)", SYS_futex_time64, UNMAPPED, FUTEX_WAKE, 1, 0
    TRY "futex_time64(one, FUTEX_WAIT, 0, 0)", SYS_futex_time64, one, FUTEX_WAIT, 0, 0
    TRY "futex_time64(one, 99, 0, 0)", SYS_futex_time64, one, FUTEX_BAD_OP, 0, 0
calls_end:

    .balign 4
errno_names:                    # pairs of words: the number, the name; a zero number ends them
    ERRNO_NAME EPERM
    ERRNO_NAME ENOENT
    ERRNO_NAME ESRCH
    ERRNO_NAME EINTR
    ERRNO_NAME EIO
    ERRNO_NAME ENXIO
    ERRNO_NAME E2BIG
    ERRNO_NAME ENOEXEC
    ERRNO_NAME EBADF
    ERRNO_NAME ECHILD
    ERRNO_NAME EAGAIN
    ERRNO_NAME ENOMEM
    ERRNO_NAME EACCES
    ERRNO_NAME EFAULT
    ERRNO_NAME EBUSY
    ERRNO_NAME EEXIST
    ERRNO_NAME EXDEV
    ERRNO_NAME ENODEV
    ERRNO_NAME ENOTDIR
    ERRNO_NAME EISDIR
    ERRNO_NAME EINVAL
    ERRNO_NAME ENFILE
    ERRNO_NAME EMFILE
    ERRNO_NAME ENOTTY
    ERRNO_NAME EFBIG
    ERRNO_NAME ENOSPC
    ERRNO_NAME ESPIPE
    ERRNO_NAME EROFS
    ERRNO_NAME EMLINK
    ERRNO_NAME EPIPE
    ERRNO_NAME ERANGE
    ERRNO_NAME ENAMETOOLONG
    ERRNO_NAME ENOSYS
    ERRNO_NAME ENOTEMPTY
    ERRNO_NAME ELOOP
    ERRNO_NAME ETIMEDOUT
    .word 0, 0

    .section .rodata
    .balign 4
iov:        .word buf, 1        # struct iovec: one byte of buf
bad_iov:    .word UNMAPPED, 16  # sixteen bytes nobody maps
action:     .word 0, 0, 0, 0    # struct sigaction: SIG_DFL, no flags, an empty mask
root:       .asciz "/"
name_x:     .asciz "x"
name_y:     .asciz "y"
nonexistent: .asciz "/nonexistent"
failed:     .asciz "%s: %s\n"
named:      .asciz "%s: %s\n"
ok:         .asciz "%s: ok\n"
numbered:   .asciz "%s: errno %d\n"
survived:   .asciz "survived\n"

    .data
    .balign 4
one:        .word 1             # a futex word holding 1

    .bss
    .balign 4
buf:        .zero 256
fds:        .zero 8

    .text
# make_call(a0 call) -> a0: what the kernel returned for the call of the table at a0.
# Clobbers a-, t-registers. May sleep (no call of the table should).
    .type make_call, @function
make_call:
    lw a7, C_NUMBER(a0)
    lw a1, C_ARGS + 4(a0)
    lw a2, C_ARGS + 8(a0)
    lw a3, C_ARGS + 12(a0)
    lw a4, C_ARGS + 16(a0)
    lw a5, C_ARGS + 20(a0)
    lw a0, C_ARGS(a0)
    ecall
    li t0, SYS_clone
    bne a7, t0, 1f
    bnez a0, 1f
    li a7, SYS_exit_group       # a clone that should have failed made a process: end it here
    ecall
1:  ret
    .size make_call, . - make_call

# error_name(a0 -errno) -> a0: its name, or 0 if errno_names has none. Leaf; clobbers t0, t1.
    .type error_name, @function
error_name:
    neg a0, a0
    la t0, errno_names
1:  lw t1, 0(t0)
    beqz t1, 2f
    addi t0, t0, 8
    bne t1, a0, 1b
    lw a0, -4(t0)
    ret
2:  li a0, 0
    ret
    .size error_name, . - error_name

# main() -> a0: 0 (if it returns at all, every call has been made and answered).
#   s0 the next call of the table, s1 its result.
    .globl main
    .type main, @function
main:
    addi sp, sp, -16
    sw ra, 12(sp)
    sw s0, 8(sp)
    sw s1, 4(sp)
    li a0, UNMAPPED
    li a1, PAGE_SIZE
    call munmap
    la a0, fds                  # the pipe, at PIPE_IN and PIPE_OUT, a byte in it
    li a1, 0
    call pipe2
    la t0, fds
    lw a0, 0(t0)
    li a1, PIPE_IN
    li a2, 0
    call dup3
    la t0, fds
    lw a0, 4(t0)
    li a1, PIPE_OUT
    li a2, 0
    call dup3
    la t0, fds
    lw a0, 0(t0)
    call close
    la t0, fds
    lw a0, 4(t0)
    call close
    li a0, PIPE_OUT
    la a1, name_x
    li a2, 1
    call write
    la s0, calls
1:  la t0, calls_end
    beq s0, t0, 5f
    mv a0, s0
    call make_call
    mv s1, a0
    lw a2, C_TEXT(s0)
    li t0, -4095
    bgeu s1, t0, 2f
    li a0, STDOUT
    la a1, ok
    call fdprintf
    j 4f
2:  mv a0, s1
    call error_name
    beqz a0, 3f
    mv a3, a0
    lw a2, C_TEXT(s0)
    li a0, STDOUT
    la a1, named
    call fdprintf
    j 4f
3:  neg a3, s1
    lw a2, C_TEXT(s0)
    li a0, STDOUT
    la a1, numbered
    call fdprintf
4:  addi s0, s0, CALL_SIZE
    j 1b
5:  li a0, STDOUT
    la a1, survived
    call fdprintf
    li a0, 0
    lw ra, 12(sp)
    lw s0, 8(sp)
    lw s1, 4(sp)
    addi sp, sp, 16
    ret
    .size main, . - main
