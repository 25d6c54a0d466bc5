package strata.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.cpu.board.ConsoleInput;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.ProgramSymbols;
import strata.cpu.board.Stop;
import strata.cpu.board.StreamInput;
import strata.cpu.board.TypedInput;
import strata.cpu.board.VirtBoard;
import strata.cpu.trace.CommitLog;
import strata.cpu.trace.Stats;

/**
 * {@code strata exec}: runs an RV32 ELF on Strata's virt board as
 * {@code qemu-system-riscv32 -machine virt -bios none -nographic -kernel FILE} runs it, with
 * the console on stdin and stdout. The exit status is the guest's (sifive_test or HTIF); the
 * machine's own are in docs/machine.md ("Exit statuses").
 */
@Command(name = "exec",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Run FILE.elf on the virt board (as QEMU's -bios none -kernel), the console on stdin/stdout.",
                "A terminal is put in raw mode; Ctrl-A X quits, Ctrl-A H lists the keys.",
                "Exit status: the guest's; 124 instruction limit, 125 the guest hangs, 126 FILE cannot run, "
                        + "70 emulator error."})
public final class ExecCommand implements Callable<Integer> {
    /** The exit status when the program cannot be loaded (a missing or bad file, no room). */
    static final int CANNOT_RUN = 126;

    @Parameters(index = "0", paramLabel = "FILE.elf", description = "The program: an RV32 ELF executable.")
    private Path file;

    @Option(names = "--max-instructions", paramLabel = "N",
            description = "Stop after N instructions with status 124 (default: no limit).")
    private long maxInstructions = Long.MAX_VALUE;

    @Option(names = "--ram", paramLabel = "SIZE", converter = RamSize.class,
            description = "RAM size: 64M, 1G... or a number of MiB, as QEMU's -m (default: 128M).")
    private int ram = VirtBoard.DEFAULT_RAM_SIZE;

    @Option(names = "--clock", paramLabel = "virtual|host", converter = ClockConverter.class,
            description = "virtual (default): time from instructions, the same run every time; "
                    + "host: the host's clock.")
    private Machine.ClockMode clock = Machine.ClockMode.VIRTUAL;

    @Option(names = "--stats", description = "After the run, print instructions, MIPS, traps, TLB and device "
            + "counts on stderr.")
    private boolean stats;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write every instruction executed to FILE in Spike's commit-log format.")
    private Path trace;

    @Option(names = "--trace-from", paramLabel = "ADDR",
            description = "Trace from when the pc reaches ADDR (a symbol or a number), each time it does.")
    private String traceFrom;

    @Option(names = "--trace-to", paramLabel = "ADDR",
            description = "Stop tracing after the instruction at ADDR (a symbol or a number).")
    private String traceTo;

    @Option(names = "--disasm", description = "With --trace: each instruction's disassembly too, as spike -l.")
    private boolean disassemble;

    @Option(names = "--gdb", paramLabel = "PORT",
            description = "Serve the GDB remote protocol on localhost PORT (as QEMU's -gdb tcp::PORT).")
    private Integer gdbPort;

    @Option(names = "--wait", description = "With --gdb: hold the hart at reset until gdb continues it (as QEMU's -S).")
    private boolean waitForGdb;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;
    private final boolean useTerminal;

    /** The command on the process's own stdin, stdout and stderr. */
    public ExecCommand() {
        this(System.in, new FileOutputStream(FileDescriptor.out), System.err, true);
    }

    /** The command on the given streams; {@code useTerminal} false never touches a terminal (tests). */
    ExecCommand(InputStream stdin, OutputStream stdout, PrintStream stderr, boolean useTerminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.useTerminal = useTerminal;
    }

    @Override
    public Integer call() {
        if (maxInstructions <= 0) {
            stderr.println("strata exec: --max-instructions must be positive");
            return CommandLine.ExitCode.USAGE;
        }
        if (trace == null && (traceFrom != null || traceTo != null || disassemble)) {
            stderr.println("strata exec: --trace-from, --trace-to and --disasm go with --trace FILE");
            return CommandLine.ExitCode.USAGE;
        }
        Program program;
        try {
            program = Program.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return cannotRun("no such file");
        } catch (IOException e) {
            return cannotRun("cannot read it (" + e.getMessage() + ")");
        } catch (ProgramException e) {
            return cannotRun(e.getMessage());
        }
        if (gdbPort == null ? waitForGdb : trace != null || gdbPort < 0 || gdbPort > 65535) {
            stderr.println("strata exec: --wait goes with --gdb PORT, --gdb takes a port from 0 to 65535 and not --trace");
            return CommandLine.ExitCode.USAGE;
        }
        OptionalInt from = bound("--trace-from", traceFrom, program);
        OptionalInt to = bound("--trace-to", traceTo, program);
        if (from == null || to == null) {
            return CommandLine.ExitCode.USAGE;
        }
        TerminalMode terminal = useTerminal ? TerminalMode.enter() : null;
        try {
            return execute(program, from, to, terminal != null);
        } finally {
            closeQuietly(terminal);
        }
    }

    /** Builds the machine, runs it (traced if asked) and reports; keys come from a terminal if {@code typing}. */
    private int execute(Program program, OptionalInt from, OptionalInt to, boolean typing) {
        TypedInput typed = typing ? new TypedInput() : null;
        ConsoleInput input = typed != null ? typed : new StreamInput(stdin);
        Machine machine;
        try {
            machine = new Machine(program, new Machine.Config(ram, clock, input, stdout));
        } catch (ProgramException e) {
            return cannotRun(e.getMessage());
        }
        for (String warning : machine.loadWarnings()) {
            stderr.println("strata exec: warning: " + file + ": " + warning);
        }
        Writer traceOut = null;
        if (trace != null) {
            try {
                traceOut = Files.newBufferedWriter(trace, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                stderr.println("strata exec: --trace " + trace + ": cannot write it (" + e.getMessage() + ")");
                return CommandLine.ExitCode.USAGE;
            }
            CommitLog log = new CommitLog(machine.hart(), machine.bus(), traceOut, disassemble,
                    new ProgramSymbols(program.elf()));
            log.setWindow(from, to);
            machine.trace(log);
        }
        Stop stop;
        long started = System.nanoTime();
        try {
            if (gdbPort != null) {
                stop = GdbRun.run(machine, gdbPort, waitForGdb, maxInstructions, typed, stdin, stderr);
                if (stop == null) {
                    return GdbRun.FAILED;
                }
            } else {
                if (typed != null) {
                    Keyboard.start(stdin, typed, machine::requestQuit, stderr);
                }
                stop = machine.run(maxInstructions);
            }
        } finally {
            closeTrace(traceOut);
        }
        long nanos = System.nanoTime() - started;
        IOException consoleError = machine.finishConsole();
        if (consoleError != null) {
            stderr.println("strata exec: the console output was lost: " + consoleError.getMessage());
        }
        if (!(stop instanceof Stop.PowerOff)) {
            stderr.println("strata exec: " + stop.describe());
        }
        if (stats) {
            stderr.println("strata exec: stopped: " + stop.describe() + ", status " + stop.status());
            stderr.print(Stats.of(machine.hart(), machine.bus(), nanos).report());
        }
        return stop.status();
    }

    private int cannotRun(String problem) {
        stderr.println("strata exec: " + file + ": " + problem);
        return CANNOT_RUN;
    }

    /** The address {@code text} names for {@code option}, empty if absent; null (and a message) if it names none. */
    private OptionalInt bound(String option, String text, Program program) {
        if (text == null) {
            return OptionalInt.empty();
        }
        long address = ProgramSymbols.address(program, text);
        if (address < 0) {
            stderr.println("strata exec: " + option + " " + text + ": neither a symbol of " + file + " nor an address");
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

    private static void closeQuietly(TerminalMode terminal) {
        if (terminal != null) {
            terminal.close();
        }
    }

    /** {@code --clock virtual|host}. */
    static final class ClockConverter implements CommandLine.ITypeConverter<Machine.ClockMode> {
        @Override
        public Machine.ClockMode convert(String text) {
            return switch (text) {
                case "virtual" -> Machine.ClockMode.VIRTUAL;
                case "host" -> Machine.ClockMode.HOST;
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not virtual or host");
            };
        }
    }
}
