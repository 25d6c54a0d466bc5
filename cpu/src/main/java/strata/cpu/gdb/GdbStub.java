package strata.cpu.gdb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.StopEvent;

/**
 * A GDB remote stub on a localhost TCP port, as QEMU's {@code -gdb tcp::PORT}: it serves one
 * connection at a time, for as long as the session lives. A connecting gdb finds the machine
 * stopped (it is paused if it was running); when gdb detaches or hangs up, the machine runs on
 * and the stub waits for the next gdb.
 *
 * <p>{@link #awaitExit} tells {@code strata exec} when the run is over: the guest powered off or
 * the machine quit (gdb heard it, if one was attached), gdb killed it, or, with no gdb attached,
 * the machine stopped for good (a hang, the instruction limit, an emulator error).
 */
public final class GdbStub implements AutoCloseable {
    private final DebugSession session;
    private final ServerSocket server;
    private final TargetDescription target;
    private final CompletableFuture<StopEvent> exit = new CompletableFuture<>();
    private volatile boolean connected;
    private Thread thread;

    /** Listens on localhost {@code port} (0: any free port; see {@link #port}). */
    public GdbStub(DebugSession session, int port) throws IOException {
        this.session = session;
        this.server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        this.target = new TargetDescription(session.csrs());
        session.addListener(this::heard);
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** Starts accepting connections on a thread of its own. */
    public void start() {
        thread = new Thread(this::accept, "strata-gdb");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the run is over (see the class comment) and returns its last stop. */
    public StopEvent awaitExit() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void heard(StopEvent event) {
        boolean over = event instanceof StopEvent.Failed || session.state() == DebugSession.State.ENDED;
        if (over || (event instanceof StopEvent.MachineStopped && !connected)) {
            exit.complete(event);
        }
    }

    private void accept() {
        while (!server.isClosed() && !exit.isDone()) {
            try (Socket socket = server.accept()) {
                socket.setTcpNoDelay(true);
                connected = true;
                Packets packets = new Packets(new BufferedInputStream(socket.getInputStream()),
                        new BufferedOutputStream(socket.getOutputStream()));
                GdbConnection.Ending ending = new GdbConnection(session, packets, target).serve();
                connected = false;
                afterConnection(ending);
            } catch (IOException | UncheckedIOException e) {
                connected = false;
                afterConnection(GdbConnection.Ending.HUNG_UP);
            }
        }
    }

    /** Lets the machine run on after a detach or a hang-up; the run is over after an exit or a kill. */
    private void afterConnection(GdbConnection.Ending ending) {
        switch (ending) {
            case EXITED -> exit.complete(session.lastEvent());
            case KILLED -> exit.complete(session.awaitStop());
            default -> {
                StopEvent last = session.lastEvent();
                if (session.state() == DebugSession.State.ENDED || last instanceof StopEvent.MachineStopped) {
                    exit.complete(last);
                } else if (session.state() == DebugSession.State.STOPPED) {
                    try {
                        session.resume();
                    } catch (IllegalStateException e) {
                        exit.complete(session.lastEvent());
                    }
                }
            }
        }
    }

    /** Stops listening. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
