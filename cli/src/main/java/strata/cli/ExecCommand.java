package strata.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.dev.virtio.DiskImage;

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
                "Exit status: the guest's; 124 instruction limit, 125 the guest hangs, 126 FILE or IMG cannot be "
                        + "used, 70 emulator error."})
public final class ExecCommand implements Callable<Integer> {
    /** The exit status when the program cannot be loaded (a missing or bad file, no room). */
    static final int CANNOT_RUN = MachineRun.CANNOT_RUN;
    private static final String NAME = "strata exec";

    @Parameters(index = "0", paramLabel = "FILE.elf", description = "The program: an RV32 ELF executable.")
    private Path file;

    @Mixin
    private MachineOptions options;

    @Option(names = "--disk", paramLabel = "IMG",
            description = "A raw disk image for the virtio block device (slot 0x10008000, as QEMU's first "
                    + "virtio-blk-device); the run works on a copy-on-write overlay: IMG is never changed.")
    private Path disk;

    @Option(names = "--disk-write", description = "With --disk: the guest's writes go to IMG, each one before the "
            + "device reports it done.")
    private boolean diskWrite;

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
        MachineRun run = new MachineRun(NAME, options, stdin, stdout, stderr, useTerminal);
        Integer usage = run.checkOptions();
        if (usage != null) {
            return usage;
        }
        if (diskWrite && disk == null) {
            stderr.println(NAME + ": --disk-write goes with --disk IMG");
            return CommandLine.ExitCode.USAGE;
        }
        Program program;
        try {
            program = Program.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return run.cannotRun(file.toString(), "no such file");
        } catch (IOException e) {
            return run.cannotRun(file.toString(), "cannot read it (" + e.getMessage() + ")");
        } catch (ProgramException e) {
            return run.cannotRun(file.toString(), e.getMessage());
        }
        DiskImage image = null;
        if (disk != null) {
            image = run.openDisk(disk, diskWrite, "--disk " + disk);
            if (image == null) {
                return CANNOT_RUN;
            }
        }
        return run.run(file.toString(), program, image);
    }
}
