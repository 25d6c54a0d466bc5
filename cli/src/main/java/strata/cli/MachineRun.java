package strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine;
import strata.cpu.board.ConsoleInput;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.ProgramSymbols;
import strata.cpu.board.Stop;
import strata.cpu.board.StreamInput;
import strata.cpu.board.TypedInput;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.cpu.dev.virtio.WriteThroughDisk;
import strata.cpu.trace.CommitLog;
import strata.cpu.trace.Stats;

/**
 * One run of the virt board for {@code strata exec} and {@code strata boot}: a loaded program, an
 * optional disk, the console on the command's streams (a terminal in raw mode when there is one),
 * tracing or a GDB stub as the {@link MachineOptions} say, and the report at the end. Messages
 * start with the command's name; nothing here throws at the user.
 */
final class MachineRun {
    /** The exit status when the program cannot be loaded (a missing or bad file, no room). */
    static final int CANNOT_RUN = 126;

    private final String command;
    private final MachineOptions options;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;
    private final boolean useTerminal;

    MachineRun(String command, MachineOptions options, InputStream stdin, OutputStream stdout, PrintStream stderr,
            boolean useTerminal) {
        this.command = command;
        this.options = options;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.useTerminal = useTerminal;
    }

    /** The option problem (printed) as a usage status, or null if the options go together. */
    Integer checkOptions() {
        String problem = options.problem();
        if (problem == null) {
            return null;
        }
        stderr.println(command + ": " + problem);
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * Opens {@code disk} on a copy-on-write overlay, or written through when {@code write};
     * null (and a message naming it as {@code label}) if it cannot be used.
     */
    DiskImage openDisk(Path disk, boolean write, String label) {
        if (Files.exists(disk) && !Files.isRegularFile(disk)) {
            return diskProblem(label, "not a regular file");
        }
        try {
            return write ? WriteThroughDisk.open(disk) : OverlayDisk.open(disk);
        } catch (NoSuchFileException e) {
            return diskProblem(label, "no such file");
        } catch (AccessDeniedException e) {
            return diskProblem(label, write ? "cannot write it (permission denied); without --disk-write the run "
                    + "works on a copy that leaves it unchanged" : "cannot read it (permission denied)");
        } catch (IOException e) {
            return diskProblem(label, "cannot open it (" + e.getMessage() + ")");
        }
    }

    private DiskImage diskProblem(String label, String problem) {
        stderr.println(command + ": " + label + ": " + problem);
        return null;
    }

    /**
     * Runs {@code program} (named {@code name} in messages) with {@code disk} (may be null), which
     * it closes; the status is the guest's, or the machine's own (docs/machine.md).
     */
    int run(String name, Program program, DiskImage disk) {
        try {
            OptionalInt from = bound("--trace-from", options.traceFrom, name, program);
            OptionalInt to = bound("--trace-to", options.traceTo, name, program);
            if (from == null || to == null) {
                return CommandLine.ExitCode.USAGE;
            }
            byte[] initrd = null;
            if (options.initrd != null) {
                try {
                    initrd = Files.readAllBytes(options.initrd);
                } catch (NoSuchFileException e) {
                    return cannotRun("--initrd " + options.initrd, "no such file");
                } catch (IOException e) {
                    return cannotRun("--initrd " + options.initrd, "cannot read it (" + e.getMessage() + ")");
                }
            }
            TerminalMode terminal = useTerminal ? TerminalMode.enter() : null;
            try {
                return execute(name, program, disk, initrd, from, to, terminal != null);
            } finally {
                if (terminal != null) {
                    terminal.close();
                }
            }
        } finally {
            closeDisk(disk);
        }
    }

    /** Closes the disk image; with --disk-write every write is already in the file. */
    private void closeDisk(DiskImage disk) {
        if (disk == null) {
            return;
        }
        try {
            disk.close();
        } catch (IOException e) {
            stderr.println(command + ": the disk: " + e.getMessage());
        }
    }

    /** Builds the machine, runs it (traced if asked) and reports; keys come from a terminal if {@code typing}. */
    private int execute(String name, Program program, DiskImage disk, byte[] initrd, OptionalInt from, OptionalInt to,
            boolean typing) {
        TypedInput typed = typing ? new TypedInput() : null;
        ConsoleInput input = typed != null ? typed : new StreamInput(stdin);
        Machine machine;
        try {
            machine = new Machine(program, new Machine.Config(options.ram, options.clock, input, stdout, disk,
                    options.virtio, initrd));
        } catch (ProgramException e) {
            return cannotRun(name, e.getMessage());
        }
        for (String warning : machine.loadWarnings()) {
            stderr.println(command + ": warning: " + name + ": " + warning);
        }
        if (options.traceSyscalls) {
            SyscallTrace syscalls = SyscallTrace.of(program, machine.hart(), machine.bus(), stderr);
            if (syscalls == null) {
                stderr.println(command + ": --trace-syscalls: " + name + " has no symbol 'current' (docs/debug-abi.md)");
                return CommandLine.ExitCode.USAGE;
            }
            machine.hart().traps().observe(syscalls);
        }
        Writer traceOut = null;
        if (options.trace != null) {
            try {
                traceOut = Files.newBufferedWriter(options.trace, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                stderr.println(command + ": --trace " + options.trace + ": cannot write it (" + e.getMessage() + ")");
                return CommandLine.ExitCode.USAGE;
            }
            CommitLog log = new CommitLog(machine.hart(), machine.bus(), traceOut, options.disassemble,
                    new ProgramSymbols(program.elf()));
            log.setWindow(from, to);
            machine.trace(log);
        }
        Stop stop;
        long started = System.nanoTime();
        try {
            if (options.gdbPort != null) {
                stop = GdbRun.run(machine, options.gdbPort, options.waitForGdb, options.maxInstructions, typed, stdin, stderr);
                if (stop == null) {
                    return GdbRun.FAILED;
                }
            } else {
                if (typed != null) {
                    Keyboard.start(stdin, typed, machine::requestQuit, stderr);
                }
                stop = machine.run(options.maxInstructions);
            }
        } finally {
            closeTrace(traceOut);
        }
        long nanos = System.nanoTime() - started;
        IOException consoleError = machine.finishConsole();
        if (consoleError != null) {
            stderr.println(command + ": the console output was lost: " + consoleError.getMessage());
        }
        if (!(stop instanceof Stop.PowerOff)) {
            stderr.println(command + ": " + stop.describe());
        }
        if (options.stats) {
            stderr.println(command + ": stopped: " + stop.describe() + ", status " + stop.status());
            stderr.print(Stats.of(machine.hart(), machine.bus(), nanos).report());
        }
        return stop.status();
    }

    /** Says why {@code name} cannot run; the status for it. */
    int cannotRun(String name, String problem) {
        stderr.println(command + ": " + name + ": " + problem);
        return CANNOT_RUN;
    }

    /** The address {@code text} names for {@code option}, empty if absent; null (and a message) if it names none. */
    private OptionalInt bound(String option, String text, String name, Program program) {
        if (text == null) {
            return OptionalInt.empty();
        }
        long address = ProgramSymbols.address(program, text);
        if (address < 0) {
            stderr.println(command + ": " + option + " " + text + ": neither a symbol of " + name + " nor an address");
            return null;
        }
        return OptionalInt.of((int) address);
    }

    /** Closes the trace file, which flushes it; a failure to write it is Strata's failure. */
    private static void closeTrace(Writer traceOut) {
        if (traceOut == null) {
            return;
        }
        try {
            traceOut.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
    }
}
