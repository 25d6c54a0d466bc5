package strata.os.abi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.isa.Registers;

/**
 * The kernel's structures whose layout is shared: the kernel assembles against the offsets in
 * {@code kernel-layout.inc}, and the debugger and the terminal UI read the same memory through
 * {@link Struct#offset}. docs/debug-abi.md describes them.
 */
public final class KernelLayout {

    /**
     * The registers of a thread saved at a trap from user mode: x1 to x31 at 4 * (n - 1), named by
     * their ABI names, then the pc to return to and the trap's cause and value.
     */
    public static final Struct TRAP_FRAME = new Struct("trap frame", "TF",
            "a thread's user registers, saved on entry to the kernel", trapFrameFields());

    /** The length of a process's name, NUL included (Linux's TASK_COMM_LEN). */
    public static final int NAME_LENGTH = 16;

    /** How many file descriptors a process has (0 to NOFILE - 1). */
    public static final int NOFILE = 32;

    /** The slots of the process table, so also the most descriptor tables in use at once. */
    public static final int PROCESSES = 16;

    /**
     * Linux's ERESTARTSYS: what an interrupted sleep in a system call returns inside the kernel;
     * signal delivery turns it into a restart (SA_RESTART, or no handler) or -EINTR. Never seen
     * by user space.
     */
    public static final int RESTART_SYSCALL = 512;

    /** Signals 1 to 64, as Linux's _NSIG. */
    public static final int SIGNALS = 64;

    /** struct sigaction on riscv (asm-generic, no sa_restorer): handler, flags, a 64-bit mask. */
    public static final int SIGACTION_SIZE = 16;

    /** The bytes sig_info keeps per signal: si_code, then si_pid or si_addr, then si_status. */
    public static final int SIGINFO_KEPT = 12;

    /**
     * A process: one slot of the kernel's process table ({@code proc_table} up to
     * {@code proc_table_end}, docs/debug-abi.md). Its kernel stack is one page at {@code kstack};
     * the trap frame of its user registers sits at the top of that page.
     */
    public static final Struct PROCESS = new Struct("process", "PCB",
            "a slot of the process table", List.of(
                    Struct.word("state", "one of the PROC_* states"),
                    Struct.word("pid", "process id, also its thread id"),
                    Struct.word("ppid", "the parent's process id (1 once the parent has ended)"),
                    Struct.word("root", "physical address of its Sv32 root page table"),
                    Struct.word("kstack", "its kernel stack page; the trap frame is at kstack + 4096 - TF_SIZE"),
                    Struct.word("context", "its saved kernel stack pointer while another runs (sched.S)"),
                    Struct.word("brk_base", "the lowest program break: the page after the highest loaded segment"),
                    Struct.word("brk", "the current program break"),
                    Struct.word("clear_tid", "the user address set_tid_address gave"),
                    Struct.word("wait_status", "once a zombie: the status as wait reports it (code << 8, or the signal)"),
                    Struct.word("ticks", "timer ticks that came while it ran in user mode: its CPU time"),
                    Struct.word("wake_low", "while SLEEPING: the mtime at which it becomes RUNNABLE, low word"),
                    Struct.word("wake_high", "the same, high word"),
                    new Struct.Field("name", NAME_LENGTH, "its program's file name, NUL-terminated"),
                    Struct.word("tgid", "thread group id: the pid of the group's first thread, what getpid returns"),
                    Struct.word("futex", "while SLEEPING in futex_time64: the physical address it waits on, else 0"),
                    Struct.word("detached", "1 for a thread made with CLONE_THREAD: nobody waits for it, its slot is freed when it ends"),
                    Struct.word("cwd", "the inode number of its current directory"),
                    Struct.word("files", "its descriptor table (FDT_*, in fd_tables): its own, or the one it shares (CLONE_FILES)"),
                    Struct.word("umask", "its file mode creation mask (umask): permission bits new files and directories lose"),
                    Struct.word("sig_pending", "signals 1..32 sent to this thread and not yet delivered: bit n - 1 for signal n"),
                    Struct.word("sig_pending_high", "signals 33..64 the same way"),
                    Struct.word("sig_blocked", "the thread's signal mask (rt_sigprocmask), signals 1..32"),
                    Struct.word("sig_blocked_high", "the mask's signals 33..64"),
                    new Struct.Field("sig_actions", SIGNALS * SIGACTION_SIZE,
                            "struct sigaction of signals 1..64 (handler, flags, 64-bit mask), the same in every thread of the group"),
                    Struct.word("fs", "who shares its current directory (CLONE_FS): the pid of the first of them; chdir sets cwd in all"),
                    Struct.word("sig_shared", "signals 1..32 sent to the process (kill) and not yet delivered, the same in every thread of the group"),
                    Struct.word("sig_shared_high", "the process's pending signals 33..64"),
                    new Struct.Field("sig_info", SIGNALS * SIGINFO_KEPT,
                            "per signal 1..64, what its siginfo says beyond si_signo: si_code, si_pid (or si_addr), si_status;"
                            + " the last sender's"),
                    Struct.word("syscall_a0", "a0 as its last system call came: what a restarted call (SA_RESTART) gets back"),
                    Struct.word("channel", "while SLEEPING in sleep_on: the wait channel, an address that wakeup names"
                            + " (sched.S); 0 for a sleep that only the timer or a signal ends")));

    /**
     * A descriptor table ({@code fd_tables}, fd.S): the threads made with CLONE_FILES share one;
     * it is free when {@code refs} is 0.
     */
    public static final Struct FD_TABLE = new Struct("descriptor table", "FDT",
            "a process's file descriptors, shared by the threads made with CLONE_FILES", List.of(
                    Struct.word("refs", "the slots using it; 0: free"),
                    new Struct.Field("fds", 4 * NOFILE, "per fd an open file description's address (fd.inc, OF_*),"
                            + " bit 0 FD_CLOEXEC; 0 when closed")));

    /** The values of {@code PCB_STATE}. */
    public enum ProcessState {
        FREE, RUNNABLE, RUNNING, ZOMBIE, SLEEPING;

        /** The value in memory: the ordinal. */
        public int value() {
            return ordinal();
        }
    }

    private KernelLayout() {
    }

    /** Every shared structure, in the order the include lists them. */
    public static List<Struct> all() {
        return List.of(TRAP_FRAME, PROCESS, FD_TABLE);
    }

    /**
     * The constants a user program needs to read the process records of strata_processes too
     * ({@code strata.inc}): the {@code PROC_state} values and the name's length.
     */
    public static Map<String, Integer> processConstants() {
        Map<String, Integer> constants = new LinkedHashMap<>();
        constants.put("PROC_NAME_LENGTH", NAME_LENGTH);
        for (ProcessState state : ProcessState.values()) {
            constants.put("PROC_" + state.name(), state.value());
        }
        return constants;
    }

    /**
     * The kernel's own sizes of the tables in a process (descriptors, signal actions, what a
     * pending signal's siginfo keeps), the table's slots, and its internal restart code.
     */
    public static Map<String, Integer> constants() {
        Map<String, Integer> constants = new LinkedHashMap<>();
        constants.put("NOFILE", NOFILE);
        constants.put("SIGACTION_SIZE", SIGACTION_SIZE);
        constants.put("SIGINFO_KEPT", SIGINFO_KEPT);
        constants.put("NPROC", PROCESSES);
        constants.put("ERESTARTSYS", RESTART_SYSCALL);
        return constants;
    }

    private static List<Struct.Field> trapFrameFields() {
        List<Struct.Field> fields = new ArrayList<>();
        for (int x = 1; x < 32; x++) {
            fields.add(Struct.word(Registers.xName(x), "x" + x));
        }
        fields.add(Struct.word("epc", "the user pc: where sret returns"));
        fields.add(Struct.word("cause", "scause of the trap"));
        fields.add(Struct.word("tval", "stval of the trap"));
        return fields;
    }
}
