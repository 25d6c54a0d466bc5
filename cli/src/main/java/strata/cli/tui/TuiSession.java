package strata.cli.tui;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.TypedInput;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.StopEvent;

/**
 * One run of the terminal UI: the machine with the console in a {@link ConsoleText} and typed
 * input, the debugger session that runs it (held at the reset vector), and the {@link Tui} on a
 * screen. {@code strata tui} runs it on the terminal; the tests on a virtual one.
 */
public final class TuiSession implements AutoCloseable {
    private final DebugSession session;
    private final Tui tui;

    private TuiSession(DebugSession session, Tui tui) {
        this.session = session;
        this.tui = tui;
    }

    /** The session on {@code screen} (already started), the machine held at reset, without a disk. */
    static TuiSession open(Program program, int ram, Machine.ClockMode clock, Screen screen, String name)
            throws ProgramException {
        return open(program, null, ram, clock, screen, name);
    }

    /** As {@link #open(Program, int, Machine.ClockMode, Screen, String)}, with {@code disk} (null: none) as the virtio disk. */
    static TuiSession open(Program program, DiskImage disk, int ram, Machine.ClockMode clock, Screen screen, String name)
            throws ProgramException {
        TypedInput typed = new TypedInput();
        ConsoleText console = new ConsoleText();
        Machine.Config config = Machine.Config.of(console).withRam(ram).withClock(clock).withInput(typed);
        Machine machine = new Machine(program, disk == null ? config : config.withDisk(disk));
        DebugSession session = new DebugSession(machine, Long.MAX_VALUE, typed::wake);
        Tui tui = new Tui(screen, new SessionTarget(session, typed), program, name, console);
        session.start(true);
        return new TuiSession(session, tui);
    }

    /** How a session ended: a line for the person, and whether the emulator failed (a bug in Strata). */
    public record Outcome(String message, boolean failed) {
    }

    /**
     * Runs the UI on {@code screen} until the person leaves, {@code disk} (null: none) being the
     * virtio disk; says where the machine was left.
     */
    public static Outcome run(Program program, DiskImage disk, int ram, Machine.ClockMode clock, Screen screen,
            String name) throws IOException, ProgramException {
        try (TuiSession session = open(program, disk, ram, clock, screen, name)) {
            session.tui.run();
            Snapshot last = session.tui.now();
            boolean failed = session.session.lastEvent() instanceof StopEvent.Failed;
            String message = failed ? session.session.lastEvent().describe()
                    : String.format("left at pc 0x%08x after %,d instructions (%s)", last.pc(),
                            last.stats().instructions(), last.running() ? "running" : last.reason());
            return new Outcome(message, failed);
        }
    }

    Tui tui() {
        return tui;
    }

    @Override
    public void close() {
        session.close();
    }
}
