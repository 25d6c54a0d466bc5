# syscall.S: one wrapper per Linux system call the user programs make. Each takes the call's
# arguments in a0-a5 as the kernel does, and returns the kernel's result unchanged: a value, or
# -errno (-4095..-1) on failure. No errno variable: callers test for a negative result.
# Clobbers a7 (and a0, the result); everything else is kept, as the kernel keeps it.
# They may sleep: a call blocks as long as the kernel makes it.

    .include "syscalls.inc"

# SYSCALL name, number: the wrapper `name` for system call `number`.
.macro SYSCALL name, number
    .globl \name
    .type \name, @function
\name:
    li a7, \number
    ecall
    ret
    .size \name, . - \name
.endm

    .text
    SYSCALL read,       SYS_read        # (fd, buf, count) -> bytes read, 0 at end of file
    SYSCALL write,      SYS_write       # (fd, buf, count) -> bytes written
    SYSCALL openat,     SYS_openat      # (dirfd, path, flags, mode) -> fd
    SYSCALL close,      SYS_close       # (fd)
    SYSCALL getdents64, SYS_getdents64  # (fd, buf, size) -> bytes of dirent64 records, 0 at the end
    SYSCALL mkdirat,    SYS_mkdirat     # (dirfd, path, mode)
    SYSCALL unlinkat,   SYS_unlinkat    # (dirfd, path, flags)
    SYSCALL chdir,      SYS_chdir       # (path)
    SYSCALL getcwd,     SYS_getcwd      # (buf, size) -> length with the zero byte
    SYSCALL statx,      SYS_statx       # (dirfd, path, flags, mask, struct statx *)
    SYSCALL pipe2,      SYS_pipe2       # (int fds[2], flags)
    SYSCALL dup3,       SYS_dup3        # (oldfd, newfd, flags) -> newfd
    SYSCALL ioctl,      SYS_ioctl       # (fd, request, arg)
    SYSCALL brk,        SYS_brk         # (addr) -> the break after the call (Linux never fails it: unchanged)
    SYSCALL clone,      SYS_clone       # (flags, stack, parent_tid, tls, child_tid) -> the child's id, 0 in the child
    SYSCALL execve,     SYS_execve      # (path, argv, envp): returns only on failure
    SYSCALL waitid,     SYS_waitid      # (idtype, id, siginfo, options, rusage)
    SYSCALL exit,       SYS_exit_group  # (status): ends the whole process, never returns
    SYSCALL getpid,     SYS_getpid      # () -> the process id (the thread group's)
    SYSCALL kill,       SYS_kill        # (pid, sig)
    SYSCALL rt_sigaction, SYS_rt_sigaction # (sig, act, oldact, sigsetsize)
    SYSCALL mmap2,      SYS_mmap2       # (addr, length, prot, flags, fd, pgoffset) -> the address
    SYSCALL munmap,     SYS_munmap      # (addr, length)
    SYSCALL futex,      SYS_futex_time64 # (uaddr, op, val, timeout, uaddr2, val3)
