package strata.os.abi;

import java.util.List;

/**
 * Linux's user ABI beyond the system call numbers and error numbers: the flags, codes and
 * structure layouts that cross the system call boundary, with riscv32's values (riscv takes
 * them from include/uapi/asm-generic, and its longs and pointers are 32 bits). The kernel and
 * the user programs both include them as {@code linux.inc}, so neither holds a number of its own.
 *
 * <p>Each group names the headers that define its values; {@code LinuxAbiTest} compiles a check
 * of every value against them with the host's C compiler: Linux's UAPI headers (linux-libc-dev)
 * for a 32-bit target, which lays structures out as riscv32's ilp32 does, and glibc's dirent.h
 * for getdents64's records, whose layout does not depend on the word size. Structure sizes are
 * {@code SIZEOF_STRUCT} constants, because Linux already uses names like {@code STATX_SIZE} (a
 * statx mask bit) for something else.
 */
public final class LinuxAbi {
    /**
     * One value: its name in the include, its value, and the C expression that gives it from the
     * group's headers (usually the name itself; offsetof and sizeof for structures).
     */
    public record Constant(String name, int value, String c, String meaning) {
        /** The value as the include writes it: flags in hex; offsets, sizes, codes and small numbers in decimal. */
        public String text() {
            boolean layout = c.startsWith("offsetof(") || c.startsWith("sizeof(");
            boolean small = value > -4096 && value < 16;
            return layout || small ? Integer.toString(value) : "0x" + Integer.toHexString(value);
        }
    }

    /** Constants that belong together, and the headers that define them. */
    public record Group(String title, List<String> headers, List<Constant> constants) {
        public Group {
            headers = List.copyOf(headers);
            constants = List.copyOf(constants);
        }
    }

    private LinuxAbi() {
    }

    /** Every group, in the order the include lists them. */
    public static List<Group> groups() {
        return GROUPS;
    }

    private static Constant c(String name, int value) {
        return new Constant(name, value, name, "");
    }

    private static Constant c(String name, int value, String meaning) {
        return new Constant(name, value, name, meaning);
    }

    /** A value whose C name differs from the include's (Linux's double underscores, casts). */
    private static Constant as(String name, int value, String c, String meaning) {
        return new Constant(name, value, c, meaning);
    }

    /** A structure member's offset: {@code offsetof(type, member)}. */
    private static Constant at(String name, int offset, String type, String member, String meaning) {
        return new Constant(name, offset, "offsetof(" + type + ", " + member + ")", meaning);
    }

    /** A structure's size: {@code sizeof(type)}. */
    private static Constant sizeOf(String name, int size, String type) {
        return new Constant(name, size, "sizeof(" + type + ")", "bytes");
    }

    private static Group group(String title, String header, Constant... constants) {
        return new Group(title, List.of(header), List.of(constants));
    }

    private static final String STATX = "struct statx";
    private static final String SIGINFO = "siginfo_t";
    private static final String TERMIOS = "struct termios";
    private static final String UTSNAME = "struct new_utsname";

    private static final List<Group> GROUPS = List.of(
            group("openat(2)'s flags and fcntl(2)'s commands", "asm-generic/fcntl.h",
                    c("O_ACCMODE", 3, "the access mode's bits"),
                    c("O_RDONLY", 0), c("O_WRONLY", 1), c("O_RDWR", 2),
                    c("O_CREAT", 0100), c("O_EXCL", 0200), c("O_NOCTTY", 0400), c("O_TRUNC", 01000),
                    c("O_APPEND", 02000), c("O_NONBLOCK", 04000), c("O_DIRECTORY", 0200000),
                    c("O_NOFOLLOW", 0400000), c("O_CLOEXEC", 02000000),
                    c("F_DUPFD", 0), c("F_GETFD", 1), c("F_SETFD", 2), c("F_GETFL", 3), c("F_SETFL", 4),
                    c("FD_CLOEXEC", 1, "F_GETFD/F_SETFD's flag")),
            new Group("the *at(2) calls' directory and flags, renameat2(2)'s flags, llseek(2)'s whence",
                    List.of("linux/fcntl.h", "linux/fs.h"), List.of(
                    c("AT_FDCWD", -100, "dirfd: the current directory"),
                    c("AT_SYMLINK_NOFOLLOW", 0x100), c("AT_REMOVEDIR", 0x200, "unlinkat: remove a directory"),
                    c("AT_SYMLINK_FOLLOW", 0x400), c("AT_NO_AUTOMOUNT", 0x800), c("AT_EMPTY_PATH", 0x1000),
                    c("AT_STATX_SYNC_TYPE", 0x6000),
                    c("F_DUPFD_CLOEXEC", 1030),
                    c("RENAME_NOREPLACE", 1), c("RENAME_EXCHANGE", 2), c("RENAME_WHITEOUT", 4),
                    c("SEEK_SET", 0), c("SEEK_CUR", 1), c("SEEK_END", 2))),
            group("file types and statx(2)'s masks and attributes", "linux/stat.h",
                    c("S_IFMT", 0170000, "the type's bits of a mode"),
                    c("S_IFSOCK", 0140000), c("S_IFLNK", 0120000), c("S_IFREG", 0100000), c("S_IFBLK", 060000),
                    c("S_IFDIR", 040000), c("S_IFCHR", 020000), c("S_IFIFO", 010000),
                    c("STATX_TYPE", 0x1), c("STATX_MODE", 0x2), c("STATX_NLINK", 0x4), c("STATX_UID", 0x8),
                    c("STATX_GID", 0x10), c("STATX_ATIME", 0x20), c("STATX_MTIME", 0x40), c("STATX_CTIME", 0x80),
                    c("STATX_INO", 0x100), c("STATX_SIZE", 0x200, "the size is asked for (a mask bit)"),
                    c("STATX_BLOCKS", 0x400), c("STATX_BASIC_STATS", 0x7ff), c("STATX_BTIME", 0x800),
                    as("STATX_RESERVED", 0x80000000, "STATX__RESERVED", "never a valid request"),
                    c("STATX_ATTR_COMPRESSED", 0x4), c("STATX_ATTR_IMMUTABLE", 0x10),
                    c("STATX_ATTR_APPEND", 0x20), c("STATX_ATTR_NODUMP", 0x40)),
            group("struct statx, as statx(2) fills it", "linux/stat.h",
                    at("STX_MASK", 0, STATX, "stx_mask", "u32: what is filled in"),
                    at("STX_BLKSIZE", 4, STATX, "stx_blksize", "u32"),
                    at("STX_ATTRIBUTES", 8, STATX, "stx_attributes", "u64"),
                    at("STX_NLINK", 16, STATX, "stx_nlink", "u32"),
                    at("STX_UID", 20, STATX, "stx_uid", "u32"),
                    at("STX_GID", 24, STATX, "stx_gid", "u32"),
                    at("STX_MODE", 28, STATX, "stx_mode", "u16: the type and permission bits"),
                    at("STX_INO", 32, STATX, "stx_ino", "u64"),
                    at("STX_SIZE", 40, STATX, "stx_size", "u64: the size in bytes"),
                    at("STX_BLOCKS", 48, STATX, "stx_blocks", "u64: 512-byte blocks allocated"),
                    at("STX_ATTRIBUTES_MASK", 56, STATX, "stx_attributes_mask", "u64"),
                    at("STX_ATIME", 64, STATX, "stx_atime", "struct statx_timestamp: i64 tv_sec, u32 tv_nsec, pad"),
                    at("STX_BTIME", 80, STATX, "stx_btime", "the same"),
                    at("STX_CTIME", 96, STATX, "stx_ctime", "the same"),
                    at("STX_MTIME", 112, STATX, "stx_mtime", "the same"),
                    at("STX_RDEV_MAJOR", 128, STATX, "stx_rdev_major", "u32"),
                    at("STX_RDEV_MINOR", 132, STATX, "stx_rdev_minor", "u32"),
                    at("STX_DEV_MAJOR", 136, STATX, "stx_dev_major", "u32"),
                    at("STX_DEV_MINOR", 140, STATX, "stx_dev_minor", "u32"),
                    at("STX_TV_NSEC", 8, "struct statx_timestamp", "tv_nsec", "within a timestamp"),
                    sizeOf("SIZEOF_STATX", 256, STATX)),
            new Group("struct linux_dirent64, as getdents64(2) packs them, and its d_type values",
                    List.of("dirent.h"), List.of(
                    at("D_INO", 0, "struct dirent64", "d_ino", "u64"),
                    at("D_OFF", 8, "struct dirent64", "d_off", "s64"),
                    at("D_RECLEN", 16, "struct dirent64", "d_reclen", "u16: the record's size, name and padding included"),
                    at("D_TYPE", 18, "struct dirent64", "d_type", "u8"),
                    at("D_NAME", 19, "struct dirent64", "d_name", "the name, ending in a zero byte"),
                    c("DT_UNKNOWN", 0), c("DT_FIFO", 1), c("DT_CHR", 2), c("DT_DIR", 4), c("DT_BLK", 6),
                    c("DT_REG", 8), c("DT_LNK", 10), c("DT_SOCK", 12))),
            group("clone(2)'s flags", "linux/sched.h",
                    as("CSIGNAL", 0xff, "CSIGNAL", "the signal sent to the parent when the child ends"),
                    c("CLONE_VM", 0x100), c("CLONE_FS", 0x200), c("CLONE_FILES", 0x400), c("CLONE_SIGHAND", 0x800),
                    c("CLONE_THREAD", 0x10000), c("CLONE_SYSVSEM", 0x40000), c("CLONE_SETTLS", 0x80000),
                    c("CLONE_PARENT_SETTID", 0x100000), c("CLONE_CHILD_CLEARTID", 0x200000),
                    c("CLONE_DETACHED", 0x400000), c("CLONE_CHILD_SETTID", 0x1000000)),
            group("waitid(2)", "linux/wait.h",
                    c("P_ALL", 0), c("P_PID", 1), c("P_PGID", 2),
                    c("WNOHANG", 1), c("WSTOPPED", 2), c("WEXITED", 4), c("WCONTINUED", 8), c("WNOWAIT", 0x1000000)),
            group("signals, rt_sigprocmask(2)'s how and rt_sigaction(2)'s flags", "asm-generic/signal.h",
                    c("SIGHUP", 1), c("SIGINT", 2), c("SIGQUIT", 3), c("SIGILL", 4), c("SIGTRAP", 5),
                    c("SIGABRT", 6), c("SIGBUS", 7), c("SIGFPE", 8), c("SIGKILL", 9), c("SIGUSR1", 10),
                    c("SIGSEGV", 11), c("SIGUSR2", 12), c("SIGPIPE", 13), c("SIGALRM", 14), c("SIGTERM", 15),
                    c("SIGCHLD", 17), c("SIGCONT", 18), c("SIGSTOP", 19), c("SIGTSTP", 20), c("SIGTTIN", 21),
                    c("SIGTTOU", 22), c("SIGURG", 23), c("SIGWINCH", 28),
                    as("NSIG", 64, "_NSIG", "signals are 1..NSIG"),
                    as("SIG_DFL", 0, "(long) SIG_DFL", "the default action"),
                    as("SIG_IGN", 1, "(long) SIG_IGN", "ignore the signal"),
                    c("SIG_BLOCK", 0), c("SIG_UNBLOCK", 1), c("SIG_SETMASK", 2),
                    c("SA_NOCLDSTOP", 1), c("SA_NOCLDWAIT", 2), c("SA_SIGINFO", 4), c("SA_ONSTACK", 0x08000000),
                    c("SA_RESTART", 0x10000000), c("SA_NODEFER", 0x40000000), c("SA_RESETHAND", 0x80000000),
                    at("SA_HANDLER", 0, "struct sigaction", "sa_handler", "rt_sigaction's struct: no sa_restorer on riscv"),
                    at("SA_FLAGS", 4, "struct sigaction", "sa_flags", ""),
                    at("SA_MASK", 8, "struct sigaction", "sa_mask", "64 bits, low word first"),
                    sizeOf("SIZEOF_SIGACTION", 16, "struct sigaction"),
                    sizeOf("SIZEOF_SIGSET", 8, "sigset_t")),
            group("siginfo_t and its codes", "asm-generic/siginfo.h",
                    at("SI_SIGNO", 0, SIGINFO, "si_signo", ""),
                    at("SI_ERRNO", 4, SIGINFO, "si_errno", ""),
                    at("SI_CODE", 8, SIGINFO, "si_code", ""),
                    at("SI_PID", 12, SIGINFO, "si_pid", "kill, tgkill and SIGCHLD: the sender or the child"),
                    at("SI_UID", 16, SIGINFO, "si_uid", ""),
                    at("SI_STATUS", 20, SIGINFO, "si_status", "SIGCHLD: the exit status or the signal"),
                    at("SI_ADDR", 12, SIGINFO, "si_addr", "SIGSEGV, SIGBUS, SIGILL: the faulting address"),
                    sizeOf("SIZEOF_SIGINFO", 128, SIGINFO),
                    c("SI_USER", 0, "sent by kill"), c("SI_KERNEL", 0x80), c("SI_TKILL", -6, "sent by tgkill"),
                    c("CLD_EXITED", 1), c("CLD_KILLED", 2), c("CLD_DUMPED", 3),
                    c("SEGV_MAPERR", 1, "no mapping at the address"), c("SEGV_ACCERR", 2, "a mapping that forbids the access"),
                    c("ILL_ILLOPC", 1), c("BUS_ADRALN", 1), c("TRAP_BRKPT", 1)),
            new Group("mmap2(2) and mprotect(2)", List.of("asm-generic/mman.h", "linux/mman.h"), List.of(
                    c("PROT_NONE", 0), c("PROT_READ", 1), c("PROT_WRITE", 2), c("PROT_EXEC", 4),
                    c("MAP_SHARED", 0x01), c("MAP_PRIVATE", 0x02), c("MAP_FIXED", 0x10), c("MAP_ANONYMOUS", 0x20),
                    c("MAP_NORESERVE", 0x4000), c("MAP_POPULATE", 0x8000), c("MAP_STACK", 0x20000))),
            group("futex(2)", "linux/futex.h",
                    c("FUTEX_WAIT", 0), c("FUTEX_WAKE", 1), c("FUTEX_PRIVATE_FLAG", 128),
                    c("FUTEX_CLOCK_REALTIME", 256), c("FUTEX_WAIT_PRIVATE", 128), c("FUTEX_WAKE_PRIVATE", 129)),
            group("clocks, and the 64-bit struct timespec of the *_time64 calls", "linux/time.h",
                    c("CLOCK_REALTIME", 0), c("CLOCK_MONOTONIC", 1), c("CLOCK_PROCESS_CPUTIME_ID", 2),
                    c("CLOCK_THREAD_CPUTIME_ID", 3), c("CLOCK_MONOTONIC_RAW", 4), c("CLOCK_REALTIME_COARSE", 5),
                    c("CLOCK_MONOTONIC_COARSE", 6), c("CLOCK_BOOTTIME", 7), c("TIMER_ABSTIME", 1),
                    at("TS_SEC", 0, "struct __kernel_timespec", "tv_sec", "s64"),
                    at("TS_NSEC", 8, "struct __kernel_timespec", "tv_nsec", "s64, below a billion"),
                    sizeOf("SIZEOF_TIMESPEC", 16, "struct __kernel_timespec")),
            new Group("the terminal: ioctl(2)'s requests, struct termios and struct winsize",
                    List.of("asm-generic/ioctls.h", "asm-generic/termios.h"), List.of(
                    c("TCGETS", 0x5401), c("TCSETS", 0x5402), c("TIOCGWINSZ", 0x5413),
                    at("C_IFLAG", 0, TERMIOS, "c_iflag", ""), at("C_OFLAG", 4, TERMIOS, "c_oflag", ""),
                    at("C_CFLAG", 8, TERMIOS, "c_cflag", ""), at("C_LFLAG", 12, TERMIOS, "c_lflag", ""),
                    at("C_LINE", 16, TERMIOS, "c_line", "u8"), at("C_CC", 17, TERMIOS, "c_cc", "NCCS control characters"),
                    sizeOf("SIZEOF_TERMIOS", 36, TERMIOS),
                    c("ICRNL", 0400), c("IXON", 02000), c("OPOST", 1), c("ONLCR", 4),
                    c("B38400", 017), c("CS8", 060), c("CREAD", 0200),
                    c("ISIG", 1), c("ICANON", 2), c("ECHO", 010), c("ECHOE", 020), c("ECHOK", 040),
                    c("ECHOCTL", 01000), c("ECHOKE", 04000), c("IEXTEN", 0100000),
                    c("VINTR", 0), c("VQUIT", 1), c("VERASE", 2), c("VKILL", 3), c("VEOF", 4), c("VTIME", 5), c("VMIN", 6),
                    at("WS_ROW", 0, "struct winsize", "ws_row", "u16"), at("WS_COL", 2, "struct winsize", "ws_col", "u16"),
                    sizeOf("SIZEOF_WINSIZE", 8, "struct winsize"))),
            group("uname(2)'s struct new_utsname: six strings of 65 bytes", "linux/utsname.h",
                    at("UTS_SYSNAME", 0, UTSNAME, "sysname", ""), at("UTS_NODENAME", 65, UTSNAME, "nodename", ""),
                    at("UTS_RELEASE", 130, UTSNAME, "release", ""), at("UTS_VERSION", 195, UTSNAME, "version", ""),
                    at("UTS_MACHINE", 260, UTSNAME, "machine", ""), at("UTS_DOMAINNAME", 325, UTSNAME, "domainname", ""),
                    sizeOf("SIZEOF_UTSNAME", 390, UTSNAME)),
            group("the auxiliary vector's keys, on a new program's stack", "linux/auxvec.h",
                    c("AT_NULL", 0), c("AT_PHDR", 3), c("AT_PHENT", 4), c("AT_PHNUM", 5), c("AT_PAGESZ", 6),
                    c("AT_BASE", 7), c("AT_FLAGS", 8), c("AT_ENTRY", 9), c("AT_UID", 11), c("AT_EUID", 12),
                    c("AT_GID", 13), c("AT_EGID", 14), c("AT_HWCAP", 16), c("AT_CLKTCK", 17), c("AT_SECURE", 23),
                    c("AT_RANDOM", 25), c("AT_EXECFN", 31)));
}
