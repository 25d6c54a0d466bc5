package strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import strata.cpu.board.Machine;
import strata.cpu.board.Stop;
import strata.cpu.board.TypedInput;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.StopEvent;
import strata.cpu.gdb.GdbStub;

/**
 * {@code strata exec --gdb PORT [--wait]}: the machine runs in a debug session with a GDB stub
 * on localhost, until the guest powers off, gdb kills it, or (with no gdb attached) it stops for
 * good. Console keys work as without gdb; Ctrl-A X ends the run.
 */
final class GdbRun {
    /** The status when the stub cannot listen, or the emulator failed. */
    static final int FAILED = 70;

    private GdbRun() {
    }

    /** Runs {@code machine} under a stub on {@code port}; the final stop, or null (and a message) on a failure. */
    static Stop run(Machine machine, int port, boolean wait, long limit, TypedInput typed, InputStream stdin,
                    PrintStream stderr) {
        DebugSession session = new DebugSession(machine, limit, typed == null ? () -> { } : typed::wake);
        try (GdbStub stub = listen(session, port, stderr)) {
            if (stub == null) {
                return null;
            }
            if (typed != null) {
                Keyboard.start(stdin, typed, session::kill, stderr);
            }
            stub.start();
            if (wait) {
                stderr.println("strata exec: waiting for gdb on localhost:" + stub.port());
            }
            session.start(wait);
            StopEvent end = stub.awaitExit();
            if (end instanceof StopEvent.Failed failed) {
                stderr.println("strata exec: " + failed.describe());
                return null;
            }
            return end instanceof StopEvent.MachineStopped stopped ? stopped.stop() : new Stop.Quit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Stop.Quit();
        } finally {
            session.close();
        }
    }

    private static GdbStub listen(DebugSession session, int port, PrintStream stderr) {
        try {
            return new GdbStub(session, port);
        } catch (IOException e) {
            stderr.println("strata exec: --gdb " + port + ": cannot listen (" + e.getMessage() + ")");
            return null;
        }
    }
}
