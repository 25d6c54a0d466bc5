package strata.cli;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.cli.tui.TuiSession;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.VirtBoard;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.images.ext2.Ext2Exception;

/**
 * {@code strata tui}: the terminal UI on an RV32 ELF, run on the virt board as {@code strata exec}
 * runs it, or on a disk image booted as {@code strata boot} boots it (its {@code /boot/kernel},
 * the image on a copy-on-write overlay as the disk), held at the reset vector until the person
 * runs or steps it (docs/tui.md). The
 * terminal is put back as it was on every way out: leaving, a signal, an emulator error.
 */
@Command(name = "tui",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Watch and steer FILE.elf, or the kernel of disk image IMG booted as strata boot boots it, "
                + "on the virt board in a terminal UI: console, disassembly, registers and CSRs, memory, MMU and TLB, "
                + "counters.",
                "The machine starts held at the reset vector: F5 runs, F11 steps, F6 pauses; ? lists every key "
                        + "and command.",
                "A FILE.py comes with the Python VM.",
                "Exit status: 0; 2 no terminal; 126 FILE cannot run; 70 an error inside Strata."})
public final class TuiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.elf|IMG",
            description = "The program: an RV32 ELF executable, or an ext2 disk image with a kernel in /boot/kernel.")
    private Path file;

    @Option(names = "--ram", paramLabel = "SIZE", converter = RamSize.class,
            description = "RAM size: 64M, 1G... or a number of MiB, as QEMU's -m (default: 128M).")
    private int ram = VirtBoard.DEFAULT_RAM_SIZE;

    @Option(names = "--clock", paramLabel = "virtual|host", converter = MachineOptions.ClockConverter.class,
            description = "virtual (default): time from instructions; host: the host's clock.")
    private Machine.ClockMode clock = Machine.ClockMode.VIRTUAL;

    private final PrintStream stderr = System.err;

    @Override
    public Integer call() throws IOException {
        Program program;
        boolean image;
        try {
            byte[] bytes = Files.readAllBytes(file);
            image = !isElf(bytes);
            program = Program.read(image ? BootCommand.readKernel(file) : bytes);
        } catch (NoSuchFileException e) {
            return cannotRun("no such file");
        } catch (Ext2Exception e) {
            return cannotRun("neither an ELF file nor a disk image with a kernel (" + e.getMessage() + ")");
        } catch (ProgramException e) {
            return cannotRun(e.getMessage());
        }
        if (System.console() == null) {
            stderr.println("strata tui: needs a terminal (stdin and stdout); strata exec runs without one");
            return CommandLine.ExitCode.USAGE;
        }
        Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        Screen screen = new TerminalScreen(terminal);
        Thread restore = new Thread(() -> stopQuietly(screen), "strata-tui-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        TuiSession.Outcome outcome;
        try {
            screen.startScreen();
            outcome = TuiSession.run(program, image ? OverlayDisk.open(file) : null, ram, clock, screen,
                    file.getFileName().toString());
        } catch (ProgramException e) {
            return cannotRun(e.getMessage());
        } finally {
            stopQuietly(screen);
            removeHook(restore);
        }
        stderr.println("strata tui: " + outcome.message());
        return outcome.failed() ? Main.INTERNAL_ERROR : CommandLine.ExitCode.OK;
    }

    /** True if {@code bytes} start as an ELF file does; anything else is taken for a disk image. */
    private static boolean isElf(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
    }

    private int cannotRun(String problem) {
        stderr.println("strata tui: " + file + ": " + problem);
        return ExecCommand.CANNOT_RUN;
    }

    private static void stopQuietly(Screen screen) {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // The terminal is gone: nothing is left to restore.
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs or has run: the screen is stopped either way.
        }
    }
}
