package strata.os.abi;

import java.util.List;

/**
 * Strata's own user ABI, beside Linux's: what a user program may ask the kernel that Linux answers
 * through /proc, which Strata does not have. One call today, {@link Syscall#STRATA_PROCESSES}, and
 * the record it fills. Generated into {@code strata.inc} for user programs ({@code /bin/ps});
 * docs/syscalls.md describes it.
 */
public final class StrataAbi {
    /** Strata's own calls are numbered from here, far above Linux's. */
    public static final int FIRST_CALL = 1024;

    /** One process as {@code strata_processes} reports it. */
    public static final Struct PROCESS_INFO = new Struct("process_info", "PI",
            "one process, as strata_processes(buf, count) fills it", List.of(
                    Struct.word("pid", "process id"),
                    Struct.word("ppid", "its parent's process id"),
                    Struct.word("state", "one of the PROC_* states (RUNNABLE, RUNNING, ZOMBIE, SLEEPING)"),
                    Struct.word("ticks", "CPU time in user mode, in scheduler ticks of 10 ms"),
                    new Struct.Field("name", KernelLayout.NAME_LENGTH, "its program's file name, NUL-terminated")));

    private StrataAbi() {
    }
}
