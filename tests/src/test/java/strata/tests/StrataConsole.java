package strata.tests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;
import strata.cpu.board.TypedInput;
import strata.cpu.dev.virtio.DiskImage;

/**
 * Strata's machine booted as {@code strata boot} boots it (the kernel and the disk given), run
 * on a thread of its own in this JVM, its console typed into as a terminal would.
 */
final class StrataConsole implements Console {
    /** Far more than any session needs; a session that runs into it has hung. */
    private static final long INSTRUCTION_LIMIT = 20_000_000_000L;

    private final Machine machine;
    private final TypedInput keys = new TypedInput();
    private final Transcript transcript = new Transcript();
    private final CompletableFuture<Stop> stop = new CompletableFuture<>();

    StrataConsole(Program kernel, DiskImage disk) throws ProgramException {
        machine = new Machine(kernel, Machine.Config.of(transcript).withInput(keys).withDisk(disk));
        Thread thread = new Thread(() -> {
            try {
                stop.complete(machine.run(INSTRUCTION_LIMIT));
            } catch (RuntimeException | Error e) {
                stop.completeExceptionally(e);
            } finally {
                machine.finishConsole();
                transcript.end();
            }
        }, "strata-system-test");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void type(String text) {
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            keys.type(b & 0xff);
        }
    }

    @Override
    public boolean awaitEndsWith(int from, String suffix, Duration patience) throws InterruptedException {
        return transcript.awaitEndsWith(from, suffix.getBytes(StandardCharsets.ISO_8859_1), patience.toNanos());
    }

    @Override
    public Integer awaitPowerOff(Duration patience) throws InterruptedException {
        try {
            Stop stopped = stop.get(patience.toNanos(), TimeUnit.NANOSECONDS);
            return stopped instanceof Stop.PowerOff ? stopped.status() : null;
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new AssertionError("the emulator failed", e.getCause());
        }
    }

    @Override
    public byte[] output() {
        return transcript.bytes();
    }

    @Override
    public void close() {
        machine.requestQuit();
        keys.wake();
    }
}
