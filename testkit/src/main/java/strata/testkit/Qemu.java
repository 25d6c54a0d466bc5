package strata.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * QEMU, the reference for the machine and the programs on it: {@code qemu-system-riscv32} with the
 * virt board, the board Strata's machine copies (a kernel that boots on one boots on the other),
 * and {@code qemu-riscv32}, Linux user mode, which runs a riscv32 Linux program as the Strata OS
 * runs it (the OS keeps Linux's system call numbers and meanings). Both are given as
 * {@link Command}s, so a test can add standard input and a limit before it runs one; the exit
 * status and the console output come back in the {@link Run}.
 */
public final class Qemu {
    public static final String SYSTEM = "qemu-system-riscv32";
    public static final String USER = "qemu-riscv32";
    /** The board, with its UART on standard input and output and no monitor to take them. */
    public static final List<String> VIRT = List.of("-machine", "virt", "-nographic", "-monitor", "none");

    private Qemu() {
    }

    /** Skips the calling test unless qemu-system-riscv32 is installed. */
    public static void requireSystem() {
        Programs.require(SYSTEM);
    }

    /** Skips the calling test unless qemu-riscv32 is installed. */
    public static void requireUser() {
        Programs.require(USER);
    }

    /**
     * The virt board booted with {@code options} (such as {@code -bios none -kernel FILE}); the
     * run ends when the guest powers the board off, with the status it gave the test finisher.
     */
    public static Command boot(String... options) {
        List<String> line = new ArrayList<>(List.of(SYSTEM));
        line.addAll(VIRT);
        line.addAll(List.of(options));
        return Command.of(line);
    }

    /** The Linux program {@code program} run with {@code arguments}; its exit status is the run's. */
    public static Command user(Path program, String... arguments) {
        List<String> line = new ArrayList<>(List.of(USER, program.toString()));
        line.addAll(List.of(arguments));
        return Command.of(line);
    }
}
