package strata.os.abi;

import java.util.Locale;

/**
 * The system calls of the Strata kernel: Linux's riscv32 numbers (the asm-generic table, which
 * riscv32 uses with only the 64-bit-time and {@code *at} forms) and Linux's meanings, so a user
 * program built on them runs the same under {@code qemu-riscv32}. The only place a number is
 * written: the kernel and the user library include {@code syscalls.inc}, generated from this table
 * ({@link AbiIncludes}), and the debugger names calls from it. docs/syscalls.md documents each.
 */
public enum Syscall {
    GETCWD(17, "getcwd(buf, size)"),
    DUP(23, "dup(oldfd)"),
    DUP3(24, "dup3(oldfd, newfd, flags)"),
    FCNTL64(25, "fcntl64(fd, cmd, arg)"),
    IOCTL(29, "ioctl(fd, request, arg)"),
    MKDIRAT(34, "mkdirat(dirfd, path, mode)"),
    UNLINKAT(35, "unlinkat(dirfd, path, flags)"),
    SYMLINKAT(36, "symlinkat(target, newdirfd, linkpath)"),
    TRUNCATE64(45, "truncate64(path, length_low, length_high)"),
    FTRUNCATE64(46, "ftruncate64(fd, length_low, length_high)"),
    FACCESSAT(48, "faccessat(dirfd, path, mode)"),
    CHDIR(49, "chdir(path)"),
    OPENAT(56, "openat(dirfd, path, flags, mode)"),
    CLOSE(57, "close(fd)"),
    PIPE2(59, "pipe2(fds, flags)"),
    GETDENTS64(61, "getdents64(fd, dirp, count)"),
    LLSEEK(62, "_llseek(fd, offset_high, offset_low, result, whence)", "_llseek"),
    READ(63, "read(fd, buf, count)"),
    WRITE(64, "write(fd, buf, count)"),
    WRITEV(66, "writev(fd, iov, iovcnt)"),
    READLINKAT(78, "readlinkat(dirfd, path, buf, bufsiz)"),
    SYNC(81, "sync()"),
    FSYNC(82, "fsync(fd)"),
    FDATASYNC(83, "fdatasync(fd)"),
    EXIT(93, "exit(status)"),
    EXIT_GROUP(94, "exit_group(status)"),
    WAITID(95, "waitid(idtype, id, infop, options, rusage)"),
    SET_TID_ADDRESS(96, "set_tid_address(tidptr)"),
    SCHED_YIELD(124, "sched_yield()"),
    KILL(129, "kill(pid, sig)"),
    TGKILL(131, "tgkill(tgid, tid, sig)"),
    RT_SIGACTION(134, "rt_sigaction(sig, act, oldact, sigsetsize)"),
    RT_SIGPROCMASK(135, "rt_sigprocmask(how, set, oldset, sigsetsize)"),
    RT_SIGRETURN(139, "rt_sigreturn()"),
    REBOOT(142, "reboot(magic, magic2, cmd, arg)"),
    UNAME(160, "uname(buf)"),
    UMASK(166, "umask(mask)"),
    GETPID(172, "getpid()"),
    GETPPID(173, "getppid()"),
    GETTID(178, "gettid()"),
    BRK(214, "brk(addr)"),
    MUNMAP(215, "munmap(addr, length)"),
    CLONE(220, "clone(flags, stack, parent_tid, tls, child_tid)"),
    EXECVE(221, "execve(path, argv, envp)"),
    MMAP2(222, "mmap2(addr, length, prot, flags, fd, pgoffset)"),
    MPROTECT(226, "mprotect(addr, length, prot)"),
    RENAMEAT2(276, "renameat2(olddirfd, oldpath, newdirfd, newpath, flags)"),
    GETRANDOM(278, "getrandom(buf, length, flags)"),
    STATX(291, "statx(dirfd, path, flags, mask, statxbuf)"),
    CLOCK_GETTIME64(403, "clock_gettime64(clockid, tp)"),
    CLOCK_NANOSLEEP_TIME64(407, "clock_nanosleep_time64(clockid, flags, request, remain)"),
    FUTEX_TIME64(422, "futex_time64(uaddr, op, val, timeout, uaddr2, val3)"),
    /** Strata's own (StrataAbi): the process table, which Linux gives through /proc. */
    STRATA_PROCESSES(StrataAbi.FIRST_CALL, "strata_processes(buf, count)");

    private final int number;
    private final String signature;
    private final String linuxName;

    Syscall(int number, String signature) {
        this(number, signature, null);
    }

    Syscall(int number, String signature, String linuxName) {
        this.number = number;
        this.signature = signature;
        this.linuxName = linuxName;
    }

    /** True for Strata's own calls, which Linux does not have. */
    public boolean strataOnly() {
        return number >= StrataAbi.FIRST_CALL;
    }

    /** The number in a7 at {@code ecall}. */
    public int number() {
        return number;
    }

    /** The call as Linux's man pages write it, with its argument names in a0-a5 order. */
    public String signature() {
        return signature;
    }

    /** The name strace and the man pages give it, such as {@code _llseek}. */
    public String linuxName() {
        return linuxName != null ? linuxName : name().toLowerCase(Locale.ROOT);
    }

    /** The call with {@code number}, or null if the kernel has none. */
    public static Syscall of(int number) {
        for (Syscall call : values()) {
            if (call.number == number) {
                return call;
            }
        }
        return null;
    }

    /** The highest number in the table, for the size of the kernel's dispatch table. */
    public static int highest() {
        int highest = 0;
        for (Syscall call : values()) {
            highest = Math.max(highest, call.number);
        }
        return highest;
    }
}
