package strata.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** The bytes a console printed, appended by the machine's side and awaited by the test's side. */
final class Transcript extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean ended;

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        bytes.write(data, offset, length);
        notifyAll();
    }

    /** No more output will come: the machine stopped. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    /** Waits until the bytes from {@code from} on end with {@code suffix}; false on timeout or end. */
    synchronized boolean awaitEndsWith(int from, byte[] suffix, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            byte[] now = bytes.toByteArray();
            if (now.length - from >= suffix.length
                    && Arrays.equals(now, now.length - suffix.length, now.length, suffix, 0, suffix.length)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
